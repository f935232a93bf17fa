/** A small form for one rule: the draft value, and how to change it. */
export interface EditorProps<T> {
  value: T;
  onChange: (next: T) => void;
}
