using System.Globalization;
using Portcullis.Matching.Text;

namespace Portcullis.Matching.Tests.Text;

/// <summary>
/// Measures transliteration on the UN Security Council list, whose entries give a name in its
/// original script (Arabic mostly, some Cyrillic) beside the Latin name and aliases: how often the
/// transliterated name shares a word with them, compared on consonant skeletons as the engine will.
/// </summary>
public sealed class UnOriginalScriptTests(ITestOutputHelper output)
{
    private const string File = "un_sc_original_script_pairs.csv";

    [Fact]
    public void Most_original_script_names_share_a_word_with_their_latin_names()
    {
        var rows = MatchingTestData.ReadCsv(File)
            .Where(r => !ScriptDetector.IsLatinOnly(r["name_original_script"]))
            .ToList();
        var byScript = new Dictionary<Script, (int Rows, int Shared)>();
        var misses = new List<string>();
        foreach (var row in rows)
        {
            var original = row["name_original_script"];
            var latin = Transliteration.ToLatin(original);
            var ours = Skeletons(latin);
            var theirs = Skeletons(row["latin_name"] + " " + row["latin_aliases"].Replace('|', ' '));
            var shared = ours.Any(o => theirs.Any(t => Close(o, t)));
            var script = ScriptDetector.Dominant(original);
            var (count, sharedCount) = byScript.GetValueOrDefault(script);
            byScript[script] = (count + 1, sharedCount + (shared ? 1 : 0));
            if (!shared)
            {
                misses.Add($"{original} -> {latin} | {row["latin_name"]}");
            }
        }

        foreach (var (script, (count, sharedCount)) in byScript.OrderBy(p => p.Key))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{script,-10} {count,4} names  share a word {(double)sharedCount / count,6:P1}"));
        }

        foreach (var miss in misses.Take(20))
        {
            output.WriteLine("no shared word: " + miss);
        }

        var rate = (double)byScript.Values.Sum(v => v.Shared) / rows.Count;
        rows.Count.ShouldBeGreaterThan(300);
        rate.ShouldBeGreaterThanOrEqualTo(0.9);
    }

    // The article, bin, abu and abd are in most names and say nothing; nor does a lone consonant.
    private static readonly string[] Particles = ["l", "bn", "b", "bd"];

    private static List<string> Skeletons(string text) =>
        [.. LooseKey.Tokens(text).Select(LooseKey.Skeleton)
            .Where(s => s.Length >= 2 && !Particles.Contains(s, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)];

    // The same skeleton, or one letter apart in a skeleton of four or more.
    private static bool Close(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal)
            || (Math.Min(a.Length, b.Length) >= 4 && Math.Abs(a.Length - b.Length) <= 1 && EditDistance(a, b) <= 1);

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
