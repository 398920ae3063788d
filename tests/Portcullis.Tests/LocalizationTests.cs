using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Portcullis.Domain.People;
using Portcullis.Domain.Reference;
using Portcullis.Pages;
using Portcullis.Pages.Reference;
using Portcullis.Testing;

namespace Portcullis.Tests;

/// <summary>
/// The user interface in Albanian, Serbian/Bosnian/Montenegrin (Latin) and Macedonian: every text
/// the pages pass to the localizer has a translation in each language, and a person who chooses a
/// language gets the pages in it.
/// </summary>
public sealed partial class LocalizationTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private static readonly string[] Cultures = ["sq", "sr-Latn", "mk"];


    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Translations = new(
        () => Cultures.ToDictionary(culture => culture, ReadResx, StringComparer.Ordinal));

    [Fact]
    public void Every_language_has_the_same_texts_each_translated_with_its_placeholders()
    {
        var keys = Translations.Value[Cultures[0]].Keys.ToHashSet(StringComparer.Ordinal);
        keys.Count.ShouldBeGreaterThan(100);

        foreach (var culture in Cultures)
        {
            var entries = Translations.Value[culture];

            // Resource names are unique ignoring case: the compiler keeps one of "Error" and "error".
            entries.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)
                .ShouldBeEmpty($"{culture} has texts that differ only in case");
            entries.Keys.Except(keys, StringComparer.Ordinal).ShouldBeEmpty($"{culture} has texts that {Cultures[0]} has not");
            keys.Except(entries.Keys, StringComparer.Ordinal).ShouldBeEmpty($"{culture} lacks texts that {Cultures[0]} has");
            foreach (var (key, value) in entries)
            {
                string.IsNullOrWhiteSpace(value).ShouldBeFalse($"{culture}: \"{key}\" has an empty translation");
                var keyPlaceholders = Placeholders(key);
                var valuePlaceholders = Placeholders(value);
                keyPlaceholders.Except(valuePlaceholders, StringComparer.Ordinal).ShouldBeEmpty($"{culture}: \"{key}\" lost a placeholder");
                valuePlaceholders.Except(keyPlaceholders, StringComparer.Ordinal).ShouldBeEmpty($"{culture}: \"{key}\" has a placeholder the page does not fill");
            }
        }
    }

    [Fact]
    public void Every_text_the_pages_show_has_a_translation_in_every_language()
    {
        var keys = LiteralKeysInSources();

        keys.ShouldContain("Sign in");
        keys.ShouldContain("Welcome, {0}");
        keys.ShouldContain("Customs");
        keys.ShouldContain("Border police");
        ShouldAllBeTranslated(keys);
    }

    [Fact]
    public void Every_name_and_message_the_code_puts_on_a_page_has_a_translation_in_every_language()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        keys.UnionWith(ReferenceCatalog.Default.Jurisdictions.Select(j => j.Name));
        keys.UnionWith(Enum.GetValues<Role>().Select(Display.RoleLabel));
        keys.UnionWith(Enum.GetValues<LocationKind>().Select(ReferenceLabels.Kind));
        keys.UnionWith(Enum.GetValues<UnitKind>().Select(ReferenceLabels.Kind));
        keys.UnionWith(Enum.GetValues<Domain.Passengers.MessageStatus>().Select(Display.MessageStatus));
        keys.UnionWith(["one-way", "return", "multi-city"]);
        keys.UnionWith(new[] { "passenger", "crew", "in-transit-passenger", "in-transit-crew" }.Select(Display.TravellerRole));
        keys.UnionWith(RoleRuleMessages());
        keys.UnionWith(ErrorPageTexts());
        keys.UnionWith(DoneMessages());
        keys.UnionWith(Features.People.PeopleProblems.All);
        keys.UnionWith(Enum.GetValues<Features.Audit.VerifyAuditChain.Break>().Select(Pages.Audit.AuditLabels.Break));
        keys.UnionWith(Enum.GetValues<Domain.Watchlists.WatchlistSubject>().Select(Pages.Watchlists.WatchlistLabels.Subject));
        keys.UnionWith(Enum.GetValues<Domain.Watchlists.WatchlistSeverity>().Select(Pages.Watchlists.WatchlistLabels.Severity));
        keys.UnionWith(Enum.GetValues<Domain.Watchlists.HitStatus>().Select(Pages.Watchlists.WatchlistLabels.Status));
        keys.UnionWith(Pages.Watchlists.WatchlistLabels.Comparisons.Select(Pages.Watchlists.WatchlistLabels.Comparison));
        keys.UnionWith(Pages.Watchlists.WatchlistLabels.EvidenceKinds.Select(Pages.Watchlists.WatchlistLabels.Evidence));
        keys.UnionWith(Pages.Watchlists.WatchlistLabels.NameQualities.Select(Pages.Watchlists.WatchlistLabels.NameQuality));
        keys.UnionWith(["The list was imported; travellers still due are being screened against it.", "The file changes nothing: no new version was made."]);
        keys.UnionWith(Enum.GetValues<Domain.Targeting.Lane>().Select(Pages.Targets.TargetingLabels.Lane));
        keys.UnionWith(Enum.GetValues<Domain.Targeting.Lane>().Select(Pages.Targets.TargetingLabels.LaneShort));
        keys.UnionWith(Enum.GetValues<Domain.Targeting.TargetStatus>().Select(Pages.Targets.TargetingLabels.Status));
        keys.UnionWith(Enum.GetValues<Domain.Targeting.DismissReason>().Select(Pages.Targets.TargetingLabels.Reason));
        keys.UnionWith(Enum.GetValues<Domain.Targeting.InspectionResult>().Select(Pages.Targets.TargetingLabels.Result));
        keys.UnionWith(Enum.GetValues<Domain.Targeting.ProfileStatus>().Select(Pages.Targets.TargetingLabels.ProfileStatus));
        keys.UnionWith(Enum.GetValues<Features.Targeting.ChangeProfileStatus.Decision>().Select(Pages.Profiles.DetailsModel.StepLabel));
        keys.UnionWith(new[] { "hour", "day", "week" }.Select(Pages.Profiles.DetailsModel.HitCapText));
        keys.UnionWith(Pages.Cargo.CargoLabels.Kinds.Select(Pages.Cargo.CargoLabels.Kind));
        keys.UnionWith(Pages.Cargo.CargoLabels.Kinds.Select(Pages.Cargo.CargoLabels.KindShort));
        keys.UnionWith(Pages.Cargo.CargoLabels.Roles.Select(Pages.Cargo.CargoLabels.Role));
        keys.UnionWith(Pages.Cargo.CargoLabels.Modes.Select(Pages.Cargo.CargoLabels.Mode));
        keys.UnionWith(Pages.Cargo.CargoLabels.Loadings.Select(Pages.Cargo.CargoLabels.Loading));
        keys.UnionWith(new[] { Domain.Cargo.PartyKinds.Organisation, Domain.Cargo.PartyKinds.Person }.Select(Pages.Cargo.CargoLabels.PartyKind));

        keys.ShouldContain("Kosovo");
        keys.ShouldContain("Something went wrong");
        keys.ShouldContain("The account was disabled.");
        keys.Count.ShouldBeGreaterThan(30);
        ShouldAllBeTranslated(keys);
    }

    [Fact]
    public async Task A_person_who_chooses_Albanian_gets_the_pages_in_Albanian()
    {
        const string userName = "durres.gjuha";
        await fixture.Host.AddPersonAsync(userName, Role.Officer, PeopleWorld.DurresUnit, "Arta Hoxha");
        var client = await fixture.App.SignedInAsync(userName);

        await ChooseLanguageAsync(client, "/", "sq");

        var home = await PageAsync(client, "/");
        home.ShouldContain("<html lang=\"sq\">");
        home.ShouldContain("Mirë se vini, Arta Hoxha");
        home.ShouldContain("Emri i përdoruesit");
        home.ShouldContain("Zyrtar");
        home.ShouldContain("Shqipëria");
        home.ShouldContain("Të dhënat referuese");
        home.ShouldNotContain("Welcome,");
        home.ShouldNotContain("Reference data");

        var reference = await PageAsync(client, "/reference");
        reference.ShouldContain("Kosova*");
        reference.ShouldContain("*Të gjitha referencat për Kosovën duhet të kuptohen në kontekstin e Rezolutës 1244 (1999) të Këshillit të Sigurimit të OKB-së.");
        reference.ShouldContain("Policia kufitare");
    }

    [Fact]
    public async Task A_person_who_chooses_Macedonian_gets_the_pages_in_Macedonian_Cyrillic()
    {
        const string userName = "skopje.jazik";
        await fixture.Host.AddPersonAsync(userName, Role.Targeter, "MK-ACCU-SKOPJE", "Elena Petrovska");
        var client = await fixture.App.SignedInAsync(userName);

        await ChooseLanguageAsync(client, "/", "mk");

        var home = await PageAsync(client, "/");
        home.ShouldContain("<html lang=\"mk\">");
        home.ShouldContain("Добредојдовте, Elena Petrovska");
        home.ShouldContain("Аналитичар за профилирање");
        home.ShouldContain("Северна Македонија");
        home.ShouldContain("Референтни податоци");
        CyrillicLetter().IsMatch(MainContent(home)).ShouldBeTrue();
        home.ShouldNotContain("Welcome,");

        (await PageAsync(client, "/reference/units")).ShouldContain("Единица за контрола на воздушен товар");
    }

    [Fact]
    public async Task A_visitor_with_the_Serbian_Latin_language_cookie_gets_the_sign_in_page_in_Serbian_Latin()
    {
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("http://localhost"),
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add("Cookie", "portcullis.language=c=sr-Latn|uic=sr-Latn");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        ShouldBeTheSerbianLatinSignInPage(page);
    }

    [Fact]
    public async Task A_visitor_who_chooses_Serbian_Latin_before_signing_in_gets_the_sign_in_page_and_its_refusal_in_it()
    {
        var client = fixture.App.CreateBrowser();

        await ChooseLanguageAsync(client, "/account/sign-in", "sr-Latn", returnUrl: "/account/sign-in");

        ShouldBeTheSerbianLatinSignInPage(await PageAsync(client, "/account/sign-in"));
        var refused = await PortcullisApp.SignInAsync(client, "no.such.person", "whatever-password");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldContain("Korisničko ime ili lozinka nisu ispravni");
    }

    private static void ShouldBeTheSerbianLatinSignInPage(string page)
    {
        page.ShouldContain("<html lang=\"sr-Latn\">");
        page.ShouldContain("Prijava u Portcullis");
        page.ShouldContain("Korisničko ime");
        page.ShouldContain("Lozinka");
        page.ShouldNotContain("Sign in to Portcullis");
        CyrillicLetter().IsMatch(MainContent(page)).ShouldBeFalse("Serbian is shown in Latin script");
    }

    /// <summary>The page without its header and footer (whose language menu names each language in its own script).</summary>
    private static string MainContent(string page)
    {
        var main = MainElement().Match(page);
        main.Success.ShouldBeTrue("the page has a <main> element");
        return main.Groups["content"].Value;
    }

    private static async Task ChooseLanguageAsync(HttpClient client, string page, string language, string returnUrl = "/")
    {
        var response = await PortcullisApp.PostFormAsync(client, page, "/account/language", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["language"] = language,
            ["returnUrl"] = returnUrl,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>The page as a reader sees it: HTML character references decoded.</summary>
    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static void ShouldAllBeTranslated(IEnumerable<string> keys)
    {
        foreach (var culture in Cultures)
        {
            var entries = Translations.Value[culture];
            keys.Where(key => !entries.ContainsKey(key))
                .ShouldBeEmpty($"texts without a translation in Resources/SharedResource.{culture}.resx");
        }
    }

    /// <summary>
    /// The English keys written in the sources: <c>T["..."]</c> (and the literals of a
    /// <c>T[condition ? "..." : "..."]</c>) in the views, <c>text["..."]</c> in the C# code of the
    /// web project.
    /// </summary>
    private static SortedSet<string> LiteralKeysInSources()
    {
        var web = RepositoryFolders.InRoot("src", "Portcullis");
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles(Path.Combine(web, "Pages"), "*.cshtml"))
        {
            var source = File.ReadAllText(file, Encoding.UTF8);
            keys.UnionWith(ViewKey().Matches(source).Select(m => Unescape(m.Groups["key"].Value)));
            foreach (Match choice in ViewChoiceKeys().Matches(source))
            {
                keys.Add(Unescape(choice.Groups["then"].Value));
                keys.Add(Unescape(choice.Groups["else"].Value));
            }
        }

        foreach (var file in SourceFiles(web, "*.cs"))
        {
            keys.UnionWith(CodeKey().Matches(File.ReadAllText(file, Encoding.UTF8)).Select(m => Unescape(m.Groups["key"].Value)));
        }

        return keys;
    }

    /// <summary>Every reason <see cref="RoleRules.Check"/> can give, for every set of roles, with and without a unit.</summary>
    private static IEnumerable<string> RoleRuleMessages()
    {
        var roles = Enum.GetValues<Role>();
        for (var mask = 0; mask < 1 << roles.Length; mask++)
        {
            var chosen = roles.Where((_, index) => (mask & (1 << index)) != 0).ToList();
            foreach (var hasUnit in new[] { false, true })
            {
                if (RoleRules.Check(chosen, hasUnit) is { } reason)
                {
                    yield return reason;
                }
            }
        }
    }

    /// <summary>The titles and explanations of the error page: every string literal of its model.</summary>
    private static IEnumerable<string> ErrorPageTexts() =>
        StringLiteral().Matches(File.ReadAllText(RepositoryFolders.InRoot("src", "Portcullis", "Pages", "Error.cshtml.cs"), Encoding.UTF8))
            .Select(m => Unescape(m.Groups["text"].Value));

    /// <summary>The confirmations the person page shows after a change (<c>Done</c>).</summary>
    private static IEnumerable<string> DoneMessages() =>
        DoneMessage().Matches(File.ReadAllText(RepositoryFolders.InRoot("src", "Portcullis", "Pages", "People", "Details.cshtml.cs"), Encoding.UTF8))
            .Select(m => Unescape(m.Groups["text"].Value));

    private static IEnumerable<string> SourceFiles(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Where(file =>
            {
                var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                return !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal);
            });

    private static IReadOnlyDictionary<string, string> ReadResx(string culture)
    {
        var path = RepositoryFolders.InRoot("src", "Portcullis", "Resources", $"SharedResource.{culture}.resx");
        File.Exists(path).ShouldBeTrue(path);
        var document = XDocument.Parse(File.ReadAllText(path, Encoding.UTF8), LoadOptions.PreserveWhitespace);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in document.Root!.Elements("data"))
        {
            var name = (string?)data.Attribute("name") ?? string.Empty;
            entries.TryAdd(name, (string?)data.Element("value") ?? string.Empty).ShouldBeTrue($"{culture}: \"{name}\" appears twice");
        }

        return entries;
    }

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToArray();

    private static string Unescape(string literal) =>
        literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex(@"\bT\[\s*""(?<key>(?:[^""\\]|\\.)*)""\s*[,\]]", RegexOptions.CultureInvariant)]
    private static partial Regex ViewKey();

    [GeneratedRegex(@"\bT\[[^\[\]""]*\?\s*""(?<then>(?:[^""\\]|\\.)*)""\s*:\s*""(?<else>(?:[^""\\]|\\.)*)""\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex ViewChoiceKeys();

    [GeneratedRegex(@"\btext\[\s*""(?<key>(?:[^""\\]|\\.)*)""\s*[,\]]", RegexOptions.CultureInvariant)]
    private static partial Regex CodeKey();

    [GeneratedRegex(@"(?<![@$])""(?<text>(?:[^""\\]|\\.)+)""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"ChangeAsync\(id,[^;""]*""(?<text>(?:[^""\\]|\\.)+)""", RegexOptions.CultureInvariant)]
    private static partial Regex DoneMessage();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"<main\b[^>]*>(?<content>.*)</main>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex MainElement();

    [GeneratedRegex(@"\p{IsCyrillic}", RegexOptions.CultureInvariant)]
    private static partial Regex CyrillicLetter();
}
