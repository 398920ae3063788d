using Portcullis.Matching.Text;

namespace Portcullis.Matching.Tests.Text;

public sealed class CyrillicLanguageGuessTests
{
    [Theory]
    [InlineData("Ђорђе Петровић", CyrillicLanguage.Serbian)]
    [InlineData("Љубомир Јовановић", CyrillicLanguage.Serbian)]
    [InlineData("Ѓорѓи Ќосевски", CyrillicLanguage.Macedonian)]
    [InlineData("Ѕвезда Јовановска", CyrillicLanguage.Macedonian)]
    [InlineData("Хрущёв", CyrillicLanguage.Russian)]
    [InlineData("Грозный", CyrillicLanguage.Russian)]
    [InlineData("Зеленський Володимир", CyrillicLanguage.Unknown)]
    [InlineData("Київ", CyrillicLanguage.Ukrainian)]
    [InlineData("Ірина Шевченко", CyrillicLanguage.Ukrainian)]
    [InlineData("Лукашэнка Аляксандр Рыгоравіч", CyrillicLanguage.Belarusian)]
    [InlineData("Ўладзімір", CyrillicLanguage.Belarusian)]
    [InlineData("Кърджали", CyrillicLanguage.Bulgarian)]
    [InlineData("Подъезд", CyrillicLanguage.Unknown)]
    [InlineData("Владимир Путин", CyrillicLanguage.Unknown)]
    public void Letters_only_some_alphabets_have_tell_the_language(string text, CyrillicLanguage expected) =>
        CyrillicLanguageGuess.Guess(text).ShouldBe(expected);

    [Theory]
    [InlineData("bg", CyrillicLanguage.Bulgarian)]
    [InlineData("sr-Cyrl-RS", CyrillicLanguage.Serbian)]
    [InlineData("MK", CyrillicLanguage.Macedonian)]
    [InlineData("ukr", CyrillicLanguage.Ukrainian)]
    [InlineData("be_BY", CyrillicLanguage.Belarusian)]
    [InlineData("ru", CyrillicLanguage.Russian)]
    public void A_hint_wins_over_the_letters(string hint, CyrillicLanguage expected) =>
        CyrillicLanguageGuess.Guess("Ђорђе Хрущёв", hint).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("de")]
    public void An_unknown_hint_leaves_the_letters_to_decide(string? hint) =>
        CyrillicLanguageGuess.Guess("Ђорђе", hint).ShouldBe(CyrillicLanguage.Serbian);
}
