using System.Text;

namespace Portcullis.Benchmarks;

/// <summary>
/// NAIVE, for comparison only: reads the whole file into one string and splits it on the default
/// separators (' then + then :). No release characters, no UNA, no streaming, no encodings, no
/// diagnostics: the floor a real parser is measured against, not something to parse with.
/// </summary>
public static class NaiveParser
{
    /// <summary>Counts components so that the work is not optimized away.</summary>
    public static int CountComponents(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var components = 0;
        foreach (var segment in text.Split('\''))
        {
            foreach (var element in segment.Split('+'))
            {
                components += element.Split(':').Length;
            }
        }

        return components;
    }
}
