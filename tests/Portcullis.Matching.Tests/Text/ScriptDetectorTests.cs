using Portcullis.Matching.Text;

namespace Portcullis.Matching.Tests.Text;

public sealed class ScriptDetectorTests
{
    [Theory]
    [InlineData("John Smith", Script.Latin)]
    [InlineData("Đorđe Petrović", Script.Latin)]
    [InlineData("Ђорђе Петровић", Script.Cyrillic)]
    [InlineData("Γεώργιος", Script.Greek)]
    [InlineData("صدام حسين", Script.Arabic)]
    [InlineData("محمد رضا‌زاده", Script.Arabic)]
    [InlineData("דוד", Script.Hebrew)]
    [InlineData("Հայաստան", Script.Armenian)]
    [InlineData("საქართველო", Script.Georgian)]
    [InlineData("毛泽东", Script.Han)]
    [InlineData("김정은", Script.Hangul)]
    [InlineData("カタカナ", Script.Kana)]
    [InlineData("สมชาย", Script.Thai)]
    [InlineData("देवनागरी", Script.Devanagari)]
    [InlineData("ᏣᎳᎩ", Script.Other)]
    [InlineData("123 - 456", Script.None)]
    [InlineData("", Script.None)]
    [InlineData("Ivan Иванов Петров", Script.Cyrillic)]
    public void The_script_with_most_letters_wins(string text, Script expected) =>
        ScriptDetector.Dominant(text).ShouldBe(expected);

    [Theory]
    [InlineData("JOHN SMITH", true)]
    [InlineData("Đorđe Petrović-Šćepanović", true)]
    [InlineData("Nguyễn Tấn Dũng", true)]
    [InlineData("Ja\u02BFfar", true)]
    [InlineData("Zoe\u0308 O\u2019Brien", true)]
    [InlineData("", true)]
    [InlineData("Ivan Иванов", false)]
    [InlineData("Αθήνα", false)]
    [InlineData("عمر", false)]
    [InlineData("毛", false)]
    public void Latin_only_means_nothing_to_transliterate(string text, bool expected) =>
        ScriptDetector.IsLatinOnly(text).ShouldBe(expected);
}
