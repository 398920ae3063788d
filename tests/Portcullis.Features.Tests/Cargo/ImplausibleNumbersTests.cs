using System.Text;
using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Targeting;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Cargo;

/// <summary>
/// Numbers no manifest means: a weight of 10⁻²⁰ kg, a value at decimal's limit, tonnes that overflow
/// as kilograms. Each is reported where it stands and left out; the rest of the bill is stored, and
/// targeting (which divides values by weights and adds up goods lines) runs on it.
/// </summary>
public sealed class ImplausibleNumbersTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Implausible_weights_and_values_are_reported_and_left_out_and_the_bill_is_stored_and_targeted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await CargoWorld.CreateAsync(host);
        (await host.RunAsync<ChangeTargetingSettings.Handler, Outcome<Domain.Targeting.TargetingSettings>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new ChangeTargetingSettings.Command(70, 40, 100, CargoWorld.Durres), CargoWorld.Cancel))).IsOk.ShouldBeTrue();
        var text = Encoding.UTF8.GetString(CargoWorld.Sample("durres-original.edi"))
            .Replace("MEA+AAE+G+KGM:12500'", "MEA+AAE+G+KGM:0.00000000000000000001'", StringComparison.Ordinal)
            .Replace("MOA+40:85000:EUR'", "MOA+40:79228162514264337593543950335:EUR'", StringComparison.Ordinal)
            .Replace("MEA+AAE+G+KGM:8000'", "MEA+AAE+G+TNE:79228162514264337593543950335'", StringComparison.Ordinal);

        var ingested = await world.IngestAsync(Encoding.UTF8.GetBytes(text));

        ingested.Status.ShouldBe(MessageStatus.ProcessedWithWarnings);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var message = await db.ReceivedMessages.SingleAsync(CargoWorld.Cancel);
        message.Diagnostics.ShouldContain("cargo.implausible");
        var bill = await db.CargoConsignments.Include(c => c.Goods).SingleAsync(c => c.Number == "ADRL0412DRZ001", CargoWorld.Cancel);
        (bill.GrossWeightKg, bill.CustomsValue).ShouldBe((null, null));
        bill.Goods.ShouldContain(g => g.HsCode == "610910" && g.GrossWeightKg == null);
        (await db.Targets.IgnoreQueryFilters().CountAsync(CargoWorld.Cancel)).ShouldBe(2, "both bills picked at random: targeting ran");
    }
}
