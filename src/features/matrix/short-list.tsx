/** A compact bulleted list for a matrix cell; the CSS may cut items to one line (full text in title). */
export function ShortList({ items }: { items: readonly string[] }) {
  return (
    <ul className="matrix-list">
      {items.map((item) => (
        <li key={item} title={item}>
          {item}
        </li>
      ))}
    </ul>
  );
}
