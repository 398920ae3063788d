using Microsoft.AspNetCore.Identity;
using Portcullis.Data.People;

namespace Portcullis.Features.People;

/// <summary>Refuses a password that contains the user name: the first thing an attacker tries.</summary>
public sealed class PasswordNotUserNameValidator : IPasswordValidator<Person>
{
    public Task<IdentityResult> ValidateAsync(UserManager<Person> manager, Person user, string? password)
    {
        var userName = user.UserName;
        return Task.FromResult(
            password is not null && userName is { Length: >= 3 } && password.Contains(userName, StringComparison.OrdinalIgnoreCase)
                ? IdentityResult.Failed(new IdentityError { Code = "PasswordContainsUserName", Description = "The password must not contain the user name." })
                : IdentityResult.Success);
    }
}
