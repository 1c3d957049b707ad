export function SkipLink() {
  return (
    <a
      href="#indhold"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
    >
      Gå til indhold
    </a>
  );
}
