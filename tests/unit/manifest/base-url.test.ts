const { resolveBaseUrl } = jest.requireActual<{ resolveBaseUrl: (raw?: string) => string }>(
  "../../../webpack.config.js",
);

describe("VBHC_BASE_URL for the production manifest", () => {
  test("defaults to the development URL", () => {
    expect(resolveBaseUrl(undefined)).toBe("https://localhost:3000/");
  });
  test("accepts HTTPS and adds the trailing slash", () => {
    expect(resolveBaseUrl("https://addins.example.gov.vn/vbhc")).toBe("https://addins.example.gov.vn/vbhc/");
  });
  test("accepts plain HTTP only on localhost", () => {
    expect(resolveBaseUrl("http://127.0.0.1:3000/")).toBe("http://127.0.0.1:3000/");
    expect(() => resolveBaseUrl("http://addins.example.gov.vn/")).toThrow(/https/);
  });
  test("refuses what is not a URL, or has a query", () => {
    expect(() => resolveBaseUrl("addins.example.gov.vn")).toThrow(/not a URL/);
    expect(() => resolveBaseUrl("https://x.example/?a=1")).toThrow(/query/);
  });
});
