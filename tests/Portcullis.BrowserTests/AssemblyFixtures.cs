using Portcullis.BrowserTests;

// One server and one Chromium for the whole assembly: starting either takes seconds, and the
// journeys are isolated from each other by a fresh browser context (cookies, storage) per test.
[assembly: AssemblyFixture(typeof(PortcullisServer))]
[assembly: AssemblyFixture(typeof(ChromiumBrowser))]
