using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portcullis.Commands;
using Portcullis.Testing;

namespace Portcullis.Tests;

/// <summary>The <c>portcullis</c> verbs, run in-process exactly as Main runs them.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_first_administrator_is_created_from_the_command_line_and_signs_in(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var db = database.Location.ConnectionString;

        var migrated = await RunAsync("migrate", "--database", db);
        var added = await RunAsync("users", "add", "first.admin", "--name", "First Administrator", "--role", "administrator", "--database", db);

        migrated.ExitCode.ShouldBe(0);
        migrated.Output.ShouldContain("Applied");
        added.ExitCode.ShouldBe(0, added.Error);
        var password = Regex.Match(added.Output, "One-time password: (\\S+)", RegexOptions.CultureInvariant).Groups[1].Value;
        password.Length.ShouldBe(23);
        await using var app = new PortcullisApp(database);
        var admin = await app.SignedInAsync("first.admin", password);
        (await admin.GetStringAsync("/people", TestContext.Current.CancellationToken)).ShouldContain("First Administrator");
    }

    [Fact]
    public async Task Users_are_listed_as_one_json_document_and_disabled_and_reset_by_user_name()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var db = database.Location.ConnectionString;
        (await RunAsync("users", "add", "al.officer", "--name", "Arben Hoxha", "--role", "officer", "--unit", "al-pcu-durres", "--database", db)).ExitCode.ShouldBe(0);

        var disabled = await RunAsync("users", "disable", "al.officer", "--database", db);
        var reset = await RunAsync("users", "reset-password", "al.officer", "--json", "--database", db);
        var list = await RunAsync("users", "list", "--json", "--database", db);

        disabled.ExitCode.ShouldBe(0);
        JsonDocument.Parse(reset.Output).RootElement.GetProperty("password").GetString()!.Length.ShouldBe(23);
        var person = JsonDocument.Parse(list.Output).RootElement.EnumerateArray().Single();
        person.GetProperty("userName").GetString().ShouldBe("al.officer");
        person.GetProperty("unit").GetString().ShouldBe("AL-PCU-DURRES");
        person.GetProperty("roles")[0].GetString().ShouldBe("officer");
        person.GetProperty("isDisabled").GetBoolean().ShouldBeTrue();
        (await RunAsync("users", "list", "--database", db)).Output.ShouldContain("disabled");
    }

    [Theory]
    [InlineData("users", "add", "x.y", "--name", "X", "--role", "pilot")]
    [InlineData("users", "add", "x.y", "--name", "X", "--role", "officer")]
    [InlineData("users", "add", "x.y", "--name", "X", "--role", "officer", "--unit", "ZZ-NOWHERE")]
    [InlineData("users", "disable", "nobody.here")]
    [InlineData("users", "list", "--database", "Flavour=oracle;Timeout=3")]
    [InlineData("serve", "--demo", "--database", "other.db")]
    public async Task Bad_input_exits_65_with_one_line_and_no_stack_trace(params string[] args)
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var withDatabase = args.Contains("--database") ? args : [.. args, "--database", database.Location.ConnectionString];

        var result = await RunAsync(withDatabase);

        result.ExitCode.ShouldBe(65);
        result.Error.TrimEnd().Split('\n').Length.ShouldBe(1);
        result.Error.ShouldStartWith("portcullis: ");
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task An_unreachable_database_exits_1_with_one_line()
    {
        var result = await RunAsync("migrate", "--database", "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2");

        result.ExitCode.ShouldBe(1);
        result.Error.TrimEnd().Split('\n').Length.ShouldBe(1);
        result.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Audit_verify_reports_an_intact_chain_then_names_a_tampered_entry(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var db = database.Location.ConnectionString;
        for (var i = 1; i <= 3; i++)
        {
            (await RunAsync("users", "add", $"officer.{i}", "--name", $"Officer {i}", "--role", "officer", "--unit", "RS-ACCU-BELGRADE", "--database", db)).ExitCode.ShouldBe(0);
        }

        var intact = await RunAsync("audit", "verify", "--database", db);
        await database.TamperWithAuditLogAsync("UPDATE audit_entries SET actor_name = 'someone.else' WHERE sequence = 2");
        var broken = await RunAsync("audit", "verify", "--json", "--database", db);

        intact.ExitCode.ShouldBe(0);
        intact.Output.ShouldContain("intact: 3 entries");
        broken.ExitCode.ShouldBe(65);
        var report = JsonDocument.Parse(broken.Output).RootElement;
        report.GetProperty("intact").GetBoolean().ShouldBeFalse();
        report.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(2);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("serve", "--help")]
    [InlineData("migrate", "--help")]
    [InlineData("users", "--help")]
    [InlineData("users", "add", "--help")]
    [InlineData("audit", "--help")]
    [InlineData("audit", "verify", "--help")]
    [InlineData("match", "--help")]
    [InlineData("screen", "--help")]
    [InlineData("eval", "matching", "--help")]
    [InlineData("bench", "screening", "--help")]
    [InlineData("bench", "targeting", "--help")]
    [InlineData("watchlists", "import", "--help")]
    [InlineData("watchlists", "list", "--help")]
    [InlineData("profiles", "check", "--help")]
    [InlineData("profiles", "import", "--help")]
    [InlineData("profiles", "export", "--help")]
    [InlineData("profiles", "shadow", "--help")]
    [InlineData("profiles", "stats", "--help")]
    public async Task Every_command_explains_itself_with_help(params string[] args)
    {
        var result = await RunAsync(args);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("Usage:");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_list_is_imported_from_the_command_line_once_and_listed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var db = database.Location.ConnectionString;
        var un = RepositoryFolders.TestData("watchlists", "un-sc-consolidated-2026-02-27.xml");

        var first = await RunAsync("watchlists", "import", un, "--name", "UN consolidated list", "--owner-unit", "RS-ACCU-BELGRADE", "--share", "ME", "--database", db);
        var listed = await RunAsync("watchlists", "list", "--database", db);
        var id = listed.Output.Split('\t')[0];
        var again = await RunAsync("watchlists", "import", un, "--list", id, "--database", db);
        var notAList = await RunAsync("watchlists", "import", un + ".missing", "--list", id, "--database", db);

        first.ExitCode.ShouldBe(0, first.Error);
        first.Output.ShouldContain("version 1");
        first.Output.ShouldContain("1003 added");
        listed.Output.ShouldContain("UN consolidated list");
        listed.Output.ShouldContain("1003 entries");
        again.ExitCode.ShouldBe(0, again.Error);
        again.Output.ShouldContain("nothing changed");
        notAList.ExitCode.ShouldBe(65);
    }

    [Fact]
    public async Task Profiles_check_passes_good_files_and_reports_mistakes_by_line_and_column()
    {
        var folder = Directory.CreateTempSubdirectory("portcullis-profiles-");
        try
        {
            var lists = Directory.CreateDirectory(Path.Combine(folder.FullName, "lists"));
            await File.WriteAllTextAsync(Path.Combine(lists.FullName, "source-countries.txt"), "# countries of departure of concern\nCO\nEC\n", TestContext.Current.CancellationToken);
            const string Header = "profile \"Late one-way from a source country\"\nrationale \"Couriers book late and one way.\"\nowner RS-ACCU-BELGRADE\nvalid 2026-12-01 to 2027-06-01\nhit cap 50 per day\nscore 40\nwhen\n";
            var good = Path.Combine(folder.FullName, "good.profile");
            var bad = Path.Combine(folder.FullName, "bad.profile");
            await File.WriteAllTextAsync(good, Header + "  booking.daysBeforeDeparture <= 2\n  and route.origin.country in list \"source-countries\"\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(bad, Header + "  booking.daysBefore <= 2\n", TestContext.Current.CancellationToken);

            var passed = await RunAsync("profiles", "check", good, "--lists", lists.FullName);
            var failed = await RunAsync("profiles", "check", good, bad, "--lists", lists.FullName);
            var noLists = await RunAsync("profiles", "check", good);

            passed.ExitCode.ShouldBe(0, passed.Error);
            passed.Output.ShouldContain("good.profile: ok");
            failed.ExitCode.ShouldBe(65);
            failed.Error.ShouldContain("bad.profile:8:3: unknown field `booking.daysBefore`");
            failed.Error.ShouldContain("booking.daysBeforeDeparture");
            noLists.ExitCode.ShouldBe(65);
            noLists.Error.ShouldContain("source-countries");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Profiles_are_imported_as_drafts_exported_as_text_run_in_shadow_and_counted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var db = database.Location.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("portcullis-profiles-");
        var cancel = TestContext.Current.CancellationToken;
        try
        {
            var lists = Directory.CreateDirectory(Path.Combine(folder.FullName, "lists"));
            await File.WriteAllTextAsync(Path.Combine(lists.FullName, "regional-airports.txt"), "# where the flights come from\nBEG\nTIA\n", cancel);
            var profile = Path.Combine(folder.FullName, "from-the-region.profile");
            await File.WriteAllTextAsync(profile, """
                profile "Arrivals from the region's airports"
                rationale "Regional rotations used by couriers (test)."
                owner AL-ACCU-TIRANA
                valid 2020-01-01 to 2099-12-31
                hit cap 10 per day
                score 30
                when
                  flight.departure.airport in list "regional-airports"
                """, cancel);
            var paxlst = Path.Combine(folder.FullName, "ju170.edi");
            await File.WriteAllBytesAsync(paxlst, PassengerSamples.Paxlst(day: DateTime.UtcNow.ToString("yyMMdd", CultureInfo.InvariantCulture)), cancel);
            (await RunAsync("migrate", "--database", db)).ExitCode.ShouldBe(0);
            (await RunAsync("ingest", paxlst, "--database", db)).ExitCode.ShouldBe(0);

            var imported = await RunAsync("profiles", "import", profile, "--lists", lists.FullName, "--unit", "AL-ACCU-TIRANA", "--database", db);
            var again = await RunAsync("profiles", "import", profile, "--unit", "AL-ACCU-TIRANA", "--database", db);
            var shadow = await RunAsync("profiles", "shadow", "arrivals from the region's airports", "--days", "3", "--unit", "AL-ACCU-TIRANA", "--json", "--database", db);
            var exported = await RunAsync("profiles", "export", "--out", Path.Combine(folder.FullName, "out"), "--unit", "AL-ACCU-TIRANA", "--database", db);
            var stats = await RunAsync("profiles", "stats", "--unit", "AL-ACCU-TIRANA", "--json", "--database", db);
            var noUnit = await RunAsync("profiles", "stats", "--unit", "XX-NOWHERE", "--database", db);

            imported.ExitCode.ShouldBe(0, imported.Error);
            imported.Output.ShouldContain("regional-airports.txt: list with 2 values");
            imported.Output.ShouldContain("\"Arrivals from the region's airports\" version 1 (draft)");
            again.Output.ShouldContain("unchanged");
            shadow.ExitCode.ShouldBe(0, shadow.Error);
            using (var json = JsonDocument.Parse(shadow.Output))
            {
                (json.RootElement.GetProperty("evaluated").GetInt32(), json.RootElement.GetProperty("selectedCount").GetInt32()).ShouldBe((3, 3));
            }

            exported.ExitCode.ShouldBe(0, exported.Error);
            exported.Output.ShouldContain("arrivals-from-the-regions-airports.profile: \"Arrivals from the region's airports\" version 1 (draft)");
            (await File.ReadAllTextAsync(Path.Combine(folder.FullName, "out", "arrivals-from-the-regions-airports.profile"), cancel)).ShouldBe(await File.ReadAllTextAsync(profile, cancel));
            (await File.ReadAllTextAsync(Path.Combine(folder.FullName, "out", "lists", "regional-airports.txt"), cancel)).ShouldContain("TIA");
            stats.ExitCode.ShouldBe(0, stats.Error);
            using (var json = JsonDocument.Parse(stats.Output))
            {
                json.RootElement.GetProperty("unit").GetString().ShouldBe("AL-ACCU-TIRANA");
                json.RootElement.GetProperty("versions").GetArrayLength().ShouldBe(0, "a draft has not been in force");
            }

            noUnit.ExitCode.ShouldBe(65);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Parse_reads_cargo_files_into_the_normalized_shape_and_fails_a_broken_one()
    {
        var cargo = RepositoryFolders.TestData("cargo");

        var manifest = await RunAsync("parse", Path.Combine(cargo, "cuscar", "durres-original.edi"));
        var waybill = await RunAsync("parse", Path.Combine(cargo, "cargo-imp", "fwb-wrong-check-digit.txt"), "--compact");
        var broken = await RunAsync("parse", Path.Combine(cargo, "cuscar", "broken.edi"));

        manifest.ExitCode.ShouldBe(0, manifest.Error);
        using (var json = JsonDocument.Parse(manifest.Output))
        {
            json.RootElement.GetProperty("format").GetString().ShouldBe("CUSCAR");
            json.RootElement.GetProperty("messages")[0].GetProperty("consignments").GetArrayLength().ShouldBeGreaterThan(0);
        }

        waybill.ExitCode.ShouldBe(0, "a wrong check digit is a warning: the waybill is read and kept");
        waybill.Output.ShouldContain("\"numberValid\":false");
        waybill.Output.ShouldContain("cargo.awb-check-digit");
        broken.ExitCode.ShouldBe(65);
        broken.Error.ShouldContain("broken.edi: error");
    }

    [Fact]
    public async Task Match_with_json_prints_exactly_one_object_with_score_match_and_explanation()
    {
        var result = await RunAsync("match", "PETROVIC, Djordje", "Ђорђе Петровић", "--json");

        result.ExitCode.ShouldBe(0);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("score").GetDouble().ShouldBeGreaterThanOrEqualTo(0.95);
        json.RootElement.GetProperty("match").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("explanation").GetProperty("aligned").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Match_with_a_bad_date_exits_65_naming_the_option()
    {
        var result = await RunAsync("match", "A B", "A B", "--dob", "1962-13");

        result.ExitCode.ShouldBe(65);
        result.Error.ShouldContain("--dob");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await PortcullisCommandLine.InvokeAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
