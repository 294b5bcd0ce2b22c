// One holder of a reference (docs/trace-format.md, "holders") in words: used by the inspector's
// "why is the count N?" and by the step's sys.getrefcount explanation. `link(id)` renders a
// reference to another object.
export function holderText(holder, link) {
  const where = (name) => (name === '<module>' ? 'the module' : `${name}()`);
  switch (holder.kind) {
    case 'object': return [link(holder.from), ` ${holder.label}`];
    case 'global': return `global variable ${holder.name}`;
    case 'local': return `local variable ${holder.name} of ${where(holder.function)}`;
    case 'stack': return `${holder.label} on the evaluation stack of ${where(holder.function)}`;
    case 'frame': return `${holder.name} of the frame running ${where(holder.function)}`;
    case 'return_value': return `the value ${where(holder.function)} is returning`;
    case 'internal': return `${holder.count} held inside the interpreter`;
    default: return holder.kind;
  }
}
