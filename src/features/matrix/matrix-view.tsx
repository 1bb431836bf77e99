/** The pros/cons matrix (being built). */
export function MatrixView() {
  return <h2>Matrix</h2>;
}
