using System.Globalization;
using Portcullis.Formats.Cargo;

namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>
/// Numbers with their check digits right, as real ones are: a wrong digit is itself a risk indicator in
/// the readers, so the synthetic day must only have those it means to have (none).
/// </summary>
internal static class CargoNumbers
{
    /// <summary>An ISO 6346 container number of the owner code ("MSCU"): serials whose check sum is 10 are skipped, as ISO 6346 advises owners.</summary>
    public static string Container(string owner, Random random, ISet<string> used)
    {
        while (true)
        {
            var body = owner + random.Next(100000, 999999).ToString("000000", CultureInfo.InvariantCulture);
            var sum = ContainerNumber.CheckSum(body);
            if (sum == 10)
            {
                continue;
            }

            var number = body + sum.ToString(CultureInfo.InvariantCulture);
            if (used.Add(number))
            {
                return number;
            }
        }
    }

    /// <summary>An air waybill number "PPP-SSSSSSSC": seven serial digits and their remainder modulo 7.</summary>
    public static string AirWaybill(string prefix, Random random, ISet<string> used)
    {
        while (true)
        {
            var serial = random.Next(1000000, 9999999);
            var number = prefix + "-" + serial.ToString("0000000", CultureInfo.InvariantCulture) + (serial % 7).ToString(CultureInfo.InvariantCulture);
            if (used.Add(number))
            {
                return number;
            }
        }
    }

    /// <summary>An IMO number from its first six digits.</summary>
    public static string Imo(int firstSix)
    {
        var text = firstSix.ToString("000000", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (text[i] - '0') * (7 - i);
        }

        return text + (sum % 10).ToString(CultureInfo.InvariantCulture);
    }
}
