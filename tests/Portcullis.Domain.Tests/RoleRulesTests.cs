using Portcullis.Domain.People;

namespace Portcullis.Domain.Tests;

public sealed class RoleRulesTests
{
    [Theory]
    [InlineData(new[] { Role.Officer }, true)]
    [InlineData(new[] { Role.Officer, Role.Targeter }, true)]
    [InlineData(new[] { Role.UnitHead }, true)]
    [InlineData(new[] { Role.Auditor }, true)]
    [InlineData(new[] { Role.Administrator }, false)]
    [InlineData(new[] { Role.ProgrammeCoordinator }, false)]
    public void Check_RolesWithTheUnitTheyNeed_Passes(Role[] roles, bool hasUnit) =>
        RoleRules.Check(roles, hasUnit).ShouldBeNull();

    [Theory]
    [InlineData(new Role[0], true)]
    [InlineData(new[] { Role.Officer }, false)]
    [InlineData(new[] { Role.Administrator }, true)]
    [InlineData(new[] { Role.ProgrammeCoordinator, Role.Officer }, true)]
    [InlineData(new[] { Role.Administrator, Role.Auditor }, false)]
    public void Check_RolesAndUnitThatDoNotFit_SaysWhy(Role[] roles, bool hasUnit) =>
        RoleRules.Check(roles, hasUnit).ShouldNotBeNullOrWhiteSpace();

    [Theory]
    [InlineData("unit-head", Role.UnitHead)]
    [InlineData("UnitHead", Role.UnitHead)]
    [InlineData("PROGRAMME-COORDINATOR", Role.ProgrammeCoordinator)]
    [InlineData(" officer ", Role.Officer)]
    public void TryParse_NameOrEnumName_FindsRole(string text, Role expected)
    {
        RoleRules.TryParse(text, out var role).ShouldBeTrue();
        role.ShouldBe(expected);
    }

    [Fact]
    public void Name_EveryRole_RoundTrips()
    {
        foreach (var role in RoleRules.All)
        {
            RoleRules.TryParse(RoleRules.Name(role), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(role);
        }
    }

    [Fact]
    public void UnitHeadMayAssign_OversightAndProgrammeRoles_AreNotAssignable()
    {
        RoleRules.All.Where(RoleRules.UnitHeadMayAssign).ShouldBe([Role.Officer, Role.Targeter, Role.UnitHead]);
    }
}
