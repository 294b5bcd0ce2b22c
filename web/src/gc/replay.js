// A collection told phase by phase, on the program's own objects (CPython's Modules/gcmodule.c:
// update_refs, subtract_refs, move_unreachable, finalize_garbage, delete_garbage). Each phase
// has a title, an explanation, and the note to write on each object it concerns.
export function replayPhases(collection) {
  const phases = collection.phases ?? {};
  const gcRefs = new Map(phases.gc_refs ?? []); // id -> gc_refs after subtract_refs
  const unreachable = phases.unreachable ?? [];
  const finalized = phases.finalized ?? [];
  const resurrected = phases.resurrected ?? [];
  const cleared = phases.cleared ?? [];
  const notes = (ids, text) => new Map(ids.map((id) => [id, typeof text === 'function' ? text(id) : text]));

  return [
    {
      title: 'count the references from outside',
      text: `The collector copies each candidate's reference count (generation ${collection.generation} and younger), `
        + 'then subtracts every reference that comes from another candidate. What is left counts '
        + 'references from outside: variables, the stack, older objects.',
      marks: notes([...gcRefs.keys()], (id) => `gc_refs = ${gcRefs.get(id)}`),
    },
    {
      title: 'find the unreachable',
      text: 'Objects with outside references are reachable, and so is everything they reach. '
        + `The rest is unreachable: ${unreachable.length} object${unreachable.length === 1 ? '' : 's'}.`,
      marks: notes(unreachable, 'unreachable'),
    },
    {
      title: 'run finalizers',
      text: finalized.length > 0
        ? `__del__ runs once for ${finalized.length} object${finalized.length === 1 ? '' : 's'}`
          + (resurrected.length > 0 ? `; ${resurrected.length} came back to life and survive.` : '.')
        : 'No unreachable object has a __del__ method to run.',
      marks: new Map([...notes(finalized, '__del__ ran'), ...notes(resurrected, 'resurrected')]),
    },
    {
      title: 'clear and free',
      text: `The collector clears the references of the remaining unreachable objects, which breaks the cycles; `
        + `their counts fall to 0 and they are freed. gc.collect() reports ${collection.collected}.`,
      marks: notes(cleared.length > 0 ? cleared : unreachable, 'freed'),
    },
  ];
}
