using System.Globalization;
using Portcullis.Matching.Screening;

namespace Portcullis.Commands;

/// <summary>A match result as an officer reads it on a terminal: score, decision, aligned parts, evidence.</summary>
internal static class ExplanationText
{
    public static void Write(TextWriter output, MatchResult result)
    {
        var e = result.Explanation;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"score {result.Score:0.000}  {(result.IsMatch ? "MATCH" : "no match")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {e.QueryName}  ~  {e.EntryName}{(e.EntryName == e.EntryNameLatin ? string.Empty : $" ({e.EntryNameLatin})")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  name score {e.NameScore:0.000}"));
        foreach (var part in e.Aligned)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {part.QueryText} = {part.EntryText}  {part.Similarity:0.00} {part.Reason.ToString().ToLowerInvariant()}"));
        }

        foreach (var part in e.UnmatchedQueryParts)
        {
            output.WriteLine($"    {part} (only in A)");
        }

        foreach (var part in e.UnmatchedEntryParts)
        {
            output.WriteLine($"    {part} (only in B)");
        }

        foreach (var item in e.Evidence)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {item.Kind} {item.Detail}  {item.Effect:+0.00;-0.00}"));
        }
    }
}
