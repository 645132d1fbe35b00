/** The icon beside a state, so that it does not rest on colour alone: a tick, a warning sign, a cross or a wrench. */
export function StatusIcon({ tone }: { tone: string }) {
  const shape =
    tone === "ok" ? (
      <path d="M6 12.5l4 4 8-9" />
    ) : tone === "maintenance" ? (
      <path d="M14.5 5.5a4 4 0 00-5 5l-5 5 2 2 5-5a4 4 0 005-5l-2.5 2.5-2-2z" />
    ) : tone === "critical" ? (
      <path d="M7 7l10 10M17 7L7 17" />
    ) : (
      <path d="M12 7v6M12 16.5v.5" />
    );
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="11" />
      {shape}
    </svg>
  );
}
