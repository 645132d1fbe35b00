import { describe, expect, it } from "vitest";
import { paths, relative } from "../../src/model/urls.ts";

describe("page paths", () => {
  it("puts months, components and zones at the URLs of the contract", () => {
    expect(paths.month("2022-06")).toBe("history/2022/06/");
    expect(paths.component("reverse-proxies")).toBe("components/reverse-proxies/");
    expect(paths.componentMonth("cellar", "2022-06")).toBe("components/cellar/2022/06/");
    expect(paths.zone("PAR")).toBe("zones/PAR/");
    expect(paths.zoneMonth("PAR", "2021-12")).toBe("zones/PAR/2021/12/");
  });
});

describe("relative links", () => {
  it("climbs out of the linking page's folders", () => {
    expect(relative("history/2022/06/", "incidents/2022-06-10-hypervisor-lost/")).toBe(
      "../../../incidents/2022-06-10-hypervisor-lost/",
    );
    expect(relative("incidents/a/", "assets/style.0123456789.css")).toBe(
      "../../assets/style.0123456789.css",
    );
  });

  it("keeps the folders both pages share", () => {
    expect(relative("history/", "history/2022/06/")).toBe("2022/06/");
    expect(relative("incidents/a/", "incidents/b/")).toBe("../b/");
    expect(relative("components/cellar/2022/06/", "components/cellar/2022/05/")).toBe("../05/");
  });

  it("links from and to the home page", () => {
    expect(relative("", "history/")).toBe("history/");
    expect(relative("zones/PAR/", "")).toBe("../../");
    expect(relative("", "feed.atom")).toBe("feed.atom");
  });

  it("links a page to itself as ./", () => {
    expect(relative("", "")).toBe("./");
    expect(relative("history/", "history/")).toBe("./");
  });
});
