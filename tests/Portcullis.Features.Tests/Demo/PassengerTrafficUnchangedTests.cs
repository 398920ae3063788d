using System.Security.Cryptography;
using System.Text;
using Portcullis.Features.Demo.Traffic;

namespace Portcullis.Features.Tests.Demo;

/// <summary>
/// The passenger files are what the demo, the browser journeys and people's notes rely on: adding cargo
/// to the day must not change one byte of them. The hash was taken before cargo was added.
/// </summary>
public sealed class PassengerTrafficUnchangedTests
{
    private const string PassengerHashBeforeCargo = "afefc96a6b3d684b5ff8e8a5b2c7fb755732f04b74dbb13a4073960dc91f5770";

    [Fact]
    public void The_passenger_files_of_a_fixed_day_and_seed_are_byte_identical_to_before_cargo()
    {
        var generator = new TrafficGenerator(new DateOnly(2026, 12, 15), 1913);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        foreach (var file in generator.Generate(20).Where(f => f.Path.Contains("/paxlst/", StringComparison.Ordinal) || f.Path.Contains("/pnrgov/", StringComparison.Ordinal)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            hash.AppendData(file.Content);
            count++;
        }

        count.ShouldBe(generator.Flights * 4);
        Convert.ToHexStringLower(hash.GetHashAndReset()).ShouldBe(PassengerHashBeforeCargo);
    }
}
