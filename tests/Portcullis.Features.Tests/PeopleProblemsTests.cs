using System.Globalization;
using Portcullis.Data.People;
using Portcullis.Features.People;

namespace Portcullis.Features.Tests;

public sealed class PeopleProblemsTests
{
    [Fact]
    public void The_problem_texts_quote_the_limits_that_hold()
    {
        PeopleProblems.UserNameInvalid.ShouldContain(Person.UserNameMaxLength.ToString(CultureInfo.InvariantCulture));
        PeopleProblems.DisplayNameInvalid.ShouldContain(Person.DisplayNameMaxLength.ToString(CultureInfo.InvariantCulture));
        foreach (var language in Domain.People.Language.All)
        {
            PeopleProblems.LanguageUnsupported.ShouldContain($"({language})");
        }
    }
}
