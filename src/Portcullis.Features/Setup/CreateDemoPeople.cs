using Portcullis.Domain.People;
using Portcullis.Domain.Reference;
using Portcullis.Features.People;

namespace Portcullis.Features.Setup;

/// <summary>
/// For <c>serve --demo</c>: one person per unit role in every jurisdiction (in the jurisdiction's
/// first unit), a second officer in another unit of the same jurisdiction (so that scoping can be
/// seen), a coordinator and an administrator. They share one password generated for the run.
/// </summary>
public static class CreateDemoPeople
{
    public sealed record DemoAccount(string UserName, string DisplayName, IReadOnlyList<Role> Roles, string? Unit, string? Jurisdiction);

    public sealed record Result(string Password, IReadOnlyList<DemoAccount> Accounts);

    private static readonly Dictionary<string, string[]> NamesByJurisdiction = new(StringComparer.Ordinal)
    {
        ["AL"] = ["Arben Hoxha", "Elira Shehu", "Genti Kola", "Mimoza Leka", "Dritan Basha"],
        ["BA"] = ["Amir Hadžić", "Lejla Begović", "Dragan Kovačević", "Selma Mujić", "Nikola Marić"],
        ["XK"] = ["Blerim Krasniqi", "Vjosa Gashi", "Ardian Berisha", "Teuta Morina", "Driton Hoxha"],
        ["ME"] = ["Marko Vujović", "Jelena Radović", "Nikola Perović", "Ana Vuković", "Stefan Popović"],
        ["MK"] = ["Aleksandar Stojanovski", "Marija Petrovska", "Goran Nikolovski", "Elena Trajkovska", "Bojan Ristovski"],
        ["RS"] = ["Miloš Jovanović", "Ivana Petrović", "Dejan Nikolić", "Jelena Marković", "Đorđe Ilić"],
    };

    public sealed class Handler(AddPerson.Handler addPerson)
    {
        public async Task<Result> HandleAsync(CancellationToken cancellationToken)
        {
            var password = PasswordGenerator.Generate();
            var accounts = new List<DemoAccount>();
            foreach (var jurisdiction in ReferenceCatalog.Default.Jurisdictions)
            {
                var code = jurisdiction.Code.Value;
                var units = ReferenceCatalog.Default.Units.Where(u => u.Jurisdiction == jurisdiction.Code).ToList();
                var names = NamesByJurisdiction.GetValueOrDefault(code) ?? ["Officer", "Targeter", "Unit head", "Auditor", "Second officer"];
                var prefix = code.ToLowerInvariant();
                var first = units[0].Code.Value;
                accounts.Add(new($"{prefix}.officer", names[0], [Role.Officer], first, code));
                accounts.Add(new($"{prefix}.targeter", names[1], [Role.Targeter], first, code));
                accounts.Add(new($"{prefix}.unit-head", names[2], [Role.UnitHead], first, code));
                accounts.Add(new($"{prefix}.auditor", names[3], [Role.Auditor], first, code));
                if (units.Count > 1)
                {
                    accounts.Add(new($"{prefix}.officer2", names[4], [Role.Officer], units[1].Code.Value, code));
                }
            }

            accounts.Add(new("coordinator", "Programme Coordinator", [Role.ProgrammeCoordinator], null, null));
            accounts.Add(new("admin", "Administrator", [Role.Administrator], null, null));

            foreach (var account in accounts)
            {
                var added = await addPerson.HandleAsync(
                    new AddPerson.Command(account.UserName, account.DisplayName, account.Roles, account.Unit, Password: password),
                    cancellationToken);
                if (!added.IsOk)
                {
                    throw new InvalidOperationException(
                        $"The demo account {account.UserName} could not be created: {string.Join("; ", added.Problems.Select(p => p.Message))}");
                }
            }

            return new Result(password, accounts);
        }
    }
}
