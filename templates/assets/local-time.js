// Optional: nothing needs it. Adds to the footer a "Show my time" switch,
// remembered in localStorage and off by default, that rewrites each UTC
// <time> in the reader's time zone (the UTC text kept as its title); says
// how long ago the home page's "as of" was; opens collapsed timelines
// before printing.
(() => {
  addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });

  const KEY = "statusmark-local-time";
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const clock = { hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
  const formats = {
    // "Friday 10 June 2022, 05:23 UTC", as formatDateTime writes it.
    long: new Intl.DateTimeFormat(undefined, {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      ...clock,
    }),
    // "Sat 11 June 00:00 UTC", or a time whose local day is another.
    short: new Intl.DateTimeFormat(undefined, {
      weekday: "short",
      day: "numeric",
      month: "short",
      ...clock,
    }),
    time: new Intl.DateTimeFormat(undefined, clock),
    day: new Intl.DateTimeFormat("en-CA", { timeZone: zone }),
  };
  const times = [...document.querySelectorAll("time[datetime$='Z']")];
  for (const time of times) time.dataset.utc = time.textContent;

  const footer = document.querySelector("footer .times");
  let said = null;
  let button = null;
  if (footer && zone !== "UTC" && zone !== "Etc/UTC") {
    said = document.createElement("span");
    button = document.createElement("button");
    button.type = "button";
    button.className = "time-switch";
    button.textContent = "Show my time";
    footer.replaceChildren(said, button);
    button.addEventListener("click", () => {
      const local = button.getAttribute("aria-pressed") !== "true";
      try {
        if (local) localStorage.setItem(KEY, "on");
        else localStorage.removeItem(KEY);
      } catch {
        // Storage refused (private mode): the switch still works on this page.
      }
      show(local);
    });
  }

  /** Each time in the reader's zone, as long or short as its UTC text, or back to UTC. */
  const show = (local) => {
    for (const time of times) {
      const utc = time.dataset.utc;
      if (!local) {
        time.textContent = utc;
        time.removeAttribute("title");
        continue;
      }
      const at = new Date(time.dateTime);
      const sameDay = formats.day.format(at) === time.dateTime.slice(0, 10);
      const format = /^\d\d:\d\d UTC$/.test(utc)
        ? sameDay
          ? formats.time
          : formats.short
        : /^\w+day /.test(utc)
          ? formats.long
          : formats.short;
      time.textContent = format.format(at);
      time.title = utc;
    }
    if (said)
      said.textContent = local ? `Times are in your time zone (${zone}). ` : "Times are UTC. ";
    if (button) button.setAttribute("aria-pressed", String(local));
    asOf();
  };

  /** "as of 12:00 UTC (5 minutes ago)": the build's time and its age by the reader's clock. */
  const banner = document.querySelector(".as-of time");
  function asOf() {
    if (!banner) return;
    const at = new Date(banner.dateTime);
    const minutes = Math.floor((Date.now() - at.getTime()) / 60000);
    const ago =
      minutes < 1
        ? "just now"
        : minutes < 60
          ? plural(minutes, "minute")
          : minutes < 48 * 60
            ? plural(Math.floor(minutes / 60), "hour")
            : plural(Math.floor(minutes / 1440), "day");
    const local = button && button.getAttribute("aria-pressed") === "true";
    const clockText = local ? formats.time.format(at) : `${banner.dateTime.slice(11, 16)} UTC`;
    banner.textContent = `${clockText} (${ago})`;
    banner.title = banner.dataset.utc;
  }
  function plural(n, unit) {
    return `${n} ${unit}${n === 1 ? "" : "s"} ago`;
  }

  let stored = null;
  try {
    stored = localStorage.getItem(KEY);
  } catch {
    // Storage refused: off, as by default.
  }
  show(button !== null && stored === "on");
  setInterval(asOf, 60000);
})();
