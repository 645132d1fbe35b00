// Optional: adds the reader's local time after each UTC date-time, which stays
// visible; and opens collapsed timelines before printing. Nothing needs it.
(() => {
  addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || zone === "UTC" || zone === "Etc/UTC") return;
  const format = new Intl.DateTimeFormat(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  });
  for (const time of document.querySelectorAll("time[datetime$='Z']")) {
    const local = document.createElement("span");
    local.className = "local-time";
    local.textContent = ` (${format.format(new Date(time.dateTime))} your time)`;
    time.after(local);
  }
})();
