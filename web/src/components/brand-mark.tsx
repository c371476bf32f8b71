/** The product mark: 民 on the primary blue, also the favicon (web/public/favicon.svg). */
export function BrandMark({ size }: { size: number }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-grid',
        placeItems: 'center',
        width: size,
        height: size,
        borderRadius: size / 4,
        background: 'linear-gradient(135deg, #1677ff, #0958d9)',
        color: '#fff',
        fontWeight: 700,
        fontSize: size * 0.6,
        lineHeight: 1,
        flex: 'none',
      }}
    >
      民
    </span>
  );
}
