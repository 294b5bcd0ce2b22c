// The code editor behind a narrow interface: CodeMirror 6 with Python highlighting, line numbers,
// the current step's line, and syntax errors underlined. Nothing else in the page knows CodeMirror.
import { EditorState, StateEffect, StateField, RangeSet } from '@codemirror/state';
import {
  EditorView, Decoration, GutterMarker, keymap, lineNumbers, gutter,
  highlightActiveLine, highlightSpecialChars, drawSelection, WidgetType,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
  HighlightStyle, syntaxHighlighting, indentOnInput, bracketMatching, indentUnit,
} from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { tags } from '@lezer/highlight';

// Colours come from CSS variables so light and dark mode follow the system setting.
const highlightStyle = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: 'var(--tok-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--tok-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--tok-number)' },
  { tag: [tags.comment, tags.lineComment], color: 'var(--tok-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], color: 'var(--tok-definition)' },
  { tag: [tags.self, tags.special(tags.variableName)], color: 'var(--tok-self)' },
]);

// --- The current step's line: a line class plus an arrow in its own gutter.
const setStepLine = StateEffect.define();

class ArrowMarker extends GutterMarker {
  toDOM() {
    const span = document.createElement('span');
    span.textContent = '▶';
    span.className = 'cm-step-arrow';
    return span;
  }
}
const arrowMarker = new ArrowMarker();
const stepLineDecoration = Decoration.line({ class: 'cm-step-line' });

const stepLineField = StateField.define({
  create: () => 0,
  update(line, transaction) {
    for (const effect of transaction.effects) if (effect.is(setStepLine)) line = effect.value;
    return line <= transaction.state.doc.lines ? line : 0;
  },
  provide: (field) => [
    EditorView.decorations.from(field, (line) => (view) => lineSet(view.state, line, stepLineDecoration)),
  ],
});

function lineSet(state, line, value) {
  if (line < 1 || line > state.doc.lines) return RangeSet.empty;
  return RangeSet.of([value.range(state.doc.line(line).from)]);
}

const stepGutter = gutter({
  class: 'cm-step-gutter',
  markers: (view) => lineSet(view.state, view.state.field(stepLineField), arrowMarker),
  initialSpacer: () => arrowMarker,
});

// --- Syntax errors: underlined ranges carrying the message as a tooltip.
const setErrors = StateEffect.define();

const errorField = StateField.define({
  create: () => Decoration.none,
  update(decorations, transaction) {
    decorations = decorations.map(transaction.changes);
    for (const effect of transaction.effects) if (effect.is(setErrors)) decorations = effect.value;
    return decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// Converts 1-based line and 1-based column to a document offset, clamped to the document.
function offsetOf(doc, line, column) {
  const safeLine = Math.min(Math.max(line, 1), doc.lines);
  const text = doc.line(safeLine);
  return text.from + Math.min(Math.max(column - 1, 0), text.length);
}

// Creates the editor inside `parent`. `onRun` is called on Ctrl/Cmd+Enter, `onChange` with the
// new text after each edit.
export function createEditor(parent, { code, onRun, onChange }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: code,
      extensions: [
        keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }]),
        lineNumbers(),
        stepGutter,
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        indentUnit.of('    '),
        python(),
        syntaxHighlighting(highlightStyle),
        stepLineField,
        errorField,
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Python code' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    getCode: () => view.state.doc.toString(),
    setCode(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    // Marks `line` (1-based) as the line the program is at; 0 clears it.
    setStepLine(line) {
      view.dispatch({ effects: setStepLine.of(line) });
      if (line >= 1 && line <= view.state.doc.lines) {
        view.dispatch({ effects: EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'nearest' }) });
      }
    },
    // Underlines each diagnostic {message, line, column, end_line, end_column} (1-based;
    // docs/trace-format.md).
    setDiagnostics(diagnostics) {
      const doc = view.state.doc;
      const ranges = diagnostics.map((d) => {
        const from = offsetOf(doc, d.line, d.column);
        // end_line/end_column are 0 when CPython gives no end: underline one character.
        let to = d.end_line ? offsetOf(doc, d.end_line, d.end_column) : from;
        if (to <= from) to = Math.min(from + 1, doc.line(Math.min(Math.max(d.line, 1), doc.lines)).to);
        const mark = Decoration.mark({ class: 'cm-syntax-error', attributes: { title: d.message } });
        return to > from ? mark.range(from, to) : Decoration.widget({ widget: new ErrorAtEnd(d.message) }).range(from);
      });
      view.dispatch({ effects: setErrors.of(Decoration.set(ranges, true)) });
    },
  };
}

// An error at the very end of a line (e.g. an unclosed bracket at end of input) has no character
// to underline: show a small underlined gap there instead.
class ErrorAtEnd extends WidgetType {
  constructor(message) {
    super();
    this.message = message;
  }
  eq(other) {
    return other.message === this.message;
  }
  toDOM() {
    const span = document.createElement('span');
    span.className = 'cm-syntax-error cm-syntax-error-gap';
    span.title = this.message;
    span.textContent = ' ';
    return span;
  }
}
