using Portcullis.Matching.Documents;

namespace Portcullis.Matching.Tests.Documents;

/// <summary>The specimen zones of ICAO Doc 9303 (parts 4 to 6), for the fictional state Utopia (UTO).</summary>
public sealed class MrzTests
{
    private const string Td3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private const string Td3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private const string Td1Line1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
    private const string Td1Line2 = "7408122F1204159UTO<<<<<<<<<<<6";
    private const string Td1Line3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    private const string Td2Line1 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
    private const string Td2Line2 = "D231458907UTO7408122F1204159<<<<<<<6";

    [Theory]
    [InlineData("L898902C3", 6)]
    [InlineData("740812", 2)]
    [InlineData("120415", 9)]
    [InlineData("ZE184226B<<<<<", 1)]
    [InlineData("L898902C3674081221204159ZE184226B<<<<<1", 0)] // the TD3 composite
    [InlineData("D23145890", 7)]
    [InlineData("<<<<<<", 0)]
    [InlineData("", 0)]
    public void Compute_SpecimenFields(string field, int expected) => MrzCheckDigit.Compute(field).ShouldBe(expected);

    [Fact]
    public void Compute_OutsideTheMrzCharacterSet_Throws()
    {
        Should.Throw<ArgumentException>(() => MrzCheckDigit.Compute("l898902c3"));
        MrzCheckDigit.IsValid("l898902c3", '6').ShouldBeFalse();
        MrzCheckDigit.IsValid("L898902C3", '<').ShouldBeFalse();
    }

    [Fact]
    public void IsValid_ChangedDigit_Invalid()
    {
        MrzCheckDigit.IsValid("L898902C3", '6').ShouldBeTrue();
        MrzCheckDigit.IsValid("L898902C4", '6').ShouldBeFalse();
        MrzCheckDigit.IsValid("L898902C3", '7').ShouldBeFalse();
    }

    [Fact]
    public void Td3_Specimen_ReadAndValid()
    {
        var mrz = Mrz.Parse(Td3Line1 + "\n" + Td3Line2);

        mrz.Format.ShouldBe(MrzFormat.Td3);
        mrz.DocumentType.ShouldBe("P");
        mrz.IssuingState.ShouldBe("UTO");
        mrz.Surname.ShouldBe("ERIKSSON");
        mrz.GivenNames.ShouldBe("ANNA MARIA");
        mrz.DocumentNumber.ShouldBe("L898902C3");
        mrz.Nationality.ShouldBe("UTO");
        mrz.BirthDate.ShouldBe(new MrzDate("740812", 74, 8, 12));
        mrz.Sex.ShouldBe("F");
        mrz.ExpiryDate.ShouldBe(new MrzDate("120415", 12, 4, 15));
        mrz.OptionalData.ShouldBe("ZE184226B");
        mrz.Diagnostics.ShouldBeEmpty();
        mrz.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Td1_Specimen_ReadAndValid()
    {
        var mrz = Mrz.Parse($"{Td1Line1}\r\n{Td1Line2}\r\n{Td1Line3}\r\n");

        mrz.Format.ShouldBe(MrzFormat.Td1);
        mrz.DocumentType.ShouldBe("I");
        mrz.IssuingState.ShouldBe("UTO");
        mrz.DocumentNumber.ShouldBe("D23145890");
        mrz.BirthDate!.Raw.ShouldBe("740812");
        mrz.Sex.ShouldBe("F");
        mrz.ExpiryDate!.Raw.ShouldBe("120415");
        mrz.Nationality.ShouldBe("UTO");
        mrz.Surname.ShouldBe("ERIKSSON");
        mrz.GivenNames.ShouldBe("ANNA MARIA");
        mrz.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Td2_Specimen_ReadAndValid()
    {
        var mrz = Mrz.Parse(Td2Line1 + "\n" + Td2Line2);

        mrz.Format.ShouldBe(MrzFormat.Td2);
        mrz.DocumentNumber.ShouldBe("D23145890");
        mrz.Surname.ShouldBe("ERIKSSON");
        mrz.GivenNames.ShouldBe("ANNA MARIA");
        mrz.BirthDate!.Raw.ShouldBe("740812");
        mrz.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void OneLine_CutByLength() =>
        Mrz.Parse(Td3Line1 + Td3Line2).IsValid.ShouldBeTrue();

    [Fact]
    public void Td1_LongNumber_OverflowsIntoOptionalData()
    {
        // Doc 9303 part 5's example: number D23145890734, a filler where its check digit would be,
        // the last three characters and the check digit at the start of the optional data.
        var top = "I<UTOD23145890<7349<<<<<<<<<<<";
        var middle = WithComposite(Td1Line2, top);
        var mrz = Mrz.Parse($"{top}\n{middle}\n{Td1Line3}");

        mrz.DocumentNumber.ShouldBe("D23145890734");
        mrz.DocumentNumberCheckValid.ShouldBeTrue();
        mrz.OptionalData.ShouldBe("");
        mrz.IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(9, "document number")] // L898902C3 -> L898902C4
    [InlineData(14, "birth")] // 740812 -> 840812
    [InlineData(22, "expiry")] // 120415 -> 220415
    [InlineData(30, "composite")] // ZE184226B -> ZF184226B, under the composite only
    public void Td3_ChangedCharacter_Detected(int position, string which)
    {
        var changed = Td3Line2.ToCharArray();
        changed[position - 1]++;
        var mrz = Mrz.Parse(Td3Line1 + "\n" + new string(changed));

        mrz.IsValid.ShouldBeFalse();
        (which switch
        {
            "document number" => mrz.DocumentNumberCheckValid,
            "birth" => mrz.BirthDateCheckValid,
            "expiry" => mrz.ExpiryDateCheckValid,
            _ => mrz.CompositeCheckValid,
        }).ShouldBeFalse();
        mrz.CompositeCheckValid.ShouldBeFalse(); // every field but the name is under the composite
    }

    [Fact]
    public void Td1_ChangedDigit_Detected()
    {
        var mrz = Mrz.Parse($"{Td1Line1.Replace("D231", "D232", StringComparison.Ordinal)}\n{Td1Line2}\n{Td1Line3}");

        mrz.DocumentNumberCheckValid.ShouldBeFalse();
        mrz.CompositeCheckValid.ShouldBeFalse();
        mrz.BirthDateCheckValid.ShouldBeTrue();
    }

    [Fact]
    public void ShortLine_PaddedAndDiagnosed()
    {
        var mrz = Mrz.Parse(Td3Line1.TrimEnd('<') + "\n" + Td3Line2);

        mrz.Format.ShouldBe(MrzFormat.Td3);
        mrz.GivenNames.ShouldBe("ANNA MARIA");
        mrz.CompositeCheckValid.ShouldBeTrue();
        mrz.Diagnostics.Single().Code.ShouldBe("line-length");
        mrz.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void BadCharacters_Diagnosed()
    {
        var mrz = Mrz.Parse(Td3Line1 + "\n" + Td3Line2.Replace("L898902C3", "l898902c3", StringComparison.Ordinal));

        mrz.Diagnostics.Count(d => d.Code == "character").ShouldBe(2);
        mrz.DocumentNumberCheckValid.ShouldBeFalse();
    }

    [Fact]
    public void PartialBirthDate_UnknownDay()
    {
        var line2 = "L898902C36UTO7408<<<F1204159ZE184226B<<<<<1<";
        var mrz = Mrz.Parse(Td3Line1 + "\n" + line2);

        mrz.BirthDate.ShouldBe(new MrzDate("7408<<", 74, 8, null));
        mrz.BirthDate!.IsComplete.ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("P<UTOERIKSSON")]
    [InlineData("A\nB\nC\nD")]
    public void NotAZone_Unknown(string text)
    {
        var mrz = Mrz.Parse(text);

        mrz.Format.ShouldBe(MrzFormat.Unknown);
        mrz.Diagnostics.Single().Code.ShouldBe("format");
        mrz.IsValid.ShouldBeFalse();
    }

    // The second TD1 line with its composite check digit recomputed for another first line.
    private static string WithComposite(string middle, string top)
    {
        var digit = MrzCheckDigit.Compute(top[5..30] + middle[..7] + middle[8..15] + middle[18..29]);
        return middle[..29] + (char)('0' + digit);
    }
}
