using Portcullis.Matching.Text;

namespace Portcullis.Matching.Tests.Text;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("Ђорђе Петровић", "Đorđe Petrović")]
    [InlineData("Џевдет", "Dževdet")]
    [InlineData("Љубомир", "Ljubomir")]
    [InlineData("ЉУБОМИР", "LJUBOMIR")]
    [InlineData("ЏЕВДЕТ ЊЕГОШ", "DŽEVDET NJEGOŠ")]
    [InlineData("Њ. Љ.", "Nj. Lj.")]
    [InlineData("Шупља Стена, Чачак", "Šuplja Stena, Čačak")]
    [InlineData("Хаџи-Јованов Жарко", "Hadži-Jovanov Žarko")]
    public void Serbian_is_written_in_Serbian_Latin(string cyrillic, string latin) =>
        Transliteration.ToLatin(cyrillic).ShouldBe(latin);

    [Theory]
    [InlineData("Ѓорѓи Ќосевски", "Gjorgji Kjosevski")]
    [InlineData("Ѕвезда", "Dzvezda")]
    [InlineData("ЃОРЃИ", "GJORGJI")]
    [InlineData("Џафери Љупчо", "Džaferi Ljupčo")]
    public void Macedonian_is_written_as_Macedonian_documents_write_it(string cyrillic, string latin) =>
        Transliteration.ToLatin(cyrillic, "mk").ShouldBe(latin);

    [Fact]
    public void Macedonian_is_recognised_without_a_hint() =>
        Transliteration.ToLatin("Ѓорѓи Ќосевски").ShouldBe("Gjorgji Kjosevski");

    [Theory]
    [InlineData("Владимир Путин", "Vladimir Putin")]
    [InlineData("Хрущёв", "Khrushchev")]
    [InlineData("Никита Сергеевич Хрущёв", "Nikita Sergeevich Khrushchev")]
    [InlineData("Юрий Гагарин", "Yuriy Gagarin")]
    [InlineData("Цой Виктор", "Tsoy Viktor")]
    [InlineData("Подъячев Яков", "Podyachev Yakov")]
    [InlineData("ЭЛЬЦИН", "ELTSIN")]
    public void Russian_is_written_passport_style(string cyrillic, string latin) =>
        Transliteration.ToLatin(cyrillic, "ru").ShouldBe(latin);

    [Theory]
    [InlineData("Зеленський", "Zelenskyi")]
    [InlineData("Володимир Зеленський", "Volodymyr Zelenskyi")]
    [InlineData("Юлія Тимошенко", "Yuliia Tymoshenko")]
    [InlineData("Їжакевич", "Yizhakevych")]
    [InlineData("Київ", "Kyiv")]
    [InlineData("Мар'яна", "Mariana")]
    [InlineData("Згурський", "Zghurskyi")]
    [InlineData("Ґалаґан", "Galagan")]
    [InlineData("Єнакієве", "Yenakiieve")]
    public void Ukrainian_follows_the_2010_national_system(string cyrillic, string latin) =>
        Transliteration.ToLatin(cyrillic, "uk").ShouldBe(latin);

    [Theory]
    [InlineData("Щерев", "Shterev")]
    [InlineData("Христо Стоичков", "Hristo Stoichkov")]
    [InlineData("Кърджали", "Kardzhali")]
    [InlineData("София", "Sofia")]
    [InlineData("Мария Гяурова", "Maria Gyaurova")]
    [InlineData("Академия", "Akademia")]
    [InlineData("Ямбол", "Yambol")]
    public void Bulgarian_follows_the_2009_act(string cyrillic, string latin) =>
        Transliteration.ToLatin(cyrillic, "bg").ShouldBe(latin);

    [Theory]
    [InlineData("Аляксандр Лукашэнка", "Alyaksandr Lukashenka")]
    [InlineData("Ўладзімір", "Uladzimir")]
    [InlineData("Гомель", "Homel")]
    public void Belarusian_is_written_plainly(string cyrillic, string latin) =>
        Transliteration.ToLatin(cyrillic, "be").ShouldBe(latin);

    [Theory]
    [InlineData("Γεώργιος Παπαδόπουλος", "Georgios Papadopoulos")]
    [InlineData("ΓΕΩΡΓΙΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ", "GEORGIOS PAPADOPOULOS")]
    [InlineData("Αλέξης Τσίπρας", "Alexis Tsipras")]
    [InlineData("Ευάγγελος Βενιζέλος", "Evangelos Venizelos")]
    [InlineData("Ευθύμιος", "Efthymios")]
    [InlineData("Μπακογιάννη", "Bakogianni")]
    [InlineData("Καραμπέτσος", "Karampetsos")]
    [InlineData("Ντόρα", "Dora")]
    [InlineData("Παντελής", "Pantelis")]
    [InlineData("Γκίκας", "Gikas")]
    [InlineData("Χρυσοχοΐδης", "Chrysochoidis")]
    [InlineData("Ταΰγετος", "Taygetos")]
    [InlineData("Αύγουστος", "Avgoustos")]
    [InlineData("Ψαράς Θεόδωρος", "Psaras Theodoros")]
    public void Greek_is_written_as_Greek_passports_write_it(string greek, string latin) =>
        Transliteration.ToLatin(greek).ShouldBe(latin);

    [Fact]
    public void Greek_written_with_separate_accents_reads_the_same() =>
        Transliteration.ToLatin("Γεω\u0301ργιος").ShouldBe("Georgios");

    [Fact]
    public void Muhammad_keeps_its_consonants_in_order()
    {
        var latin = Transliteration.ToLatin("محمد");

        latin.ShouldStartWith("m");
        latin.ShouldMatch("^m.*h.*m.*d");
    }

    [Theory]
    [InlineData("صدام حسين التكريتي", "sdam hsin al-tkriti")]
    [InlineData("عبد الله", "abd allah")]
    [InlineData("الوزير", "al-wzir")]
    [InlineData("يوسف", "yusf")]
    [InlineData("رَوْضَة", "rwda")]
    [InlineData("علي", "ali")]
    [InlineData("مُحَمَّد", "mhmmd")]
    [InlineData("موسى", "musa")]
    [InlineData("فاطمة", "fatma")]
    [InlineData("جعفر", "j'fr")]
    [InlineData("ـمـحـمـد", "mhmd")]
    [InlineData("مروان", "mrwan")]
    [InlineData("غلام‌رضا", "ghlamrda")]
    [InlineData("پژمان چگینی", "pzhman chgini")]
    [InlineData("١٩٦٥", "1965")]
    public void Arabic_script_is_written_as_a_consonantal_romanisation(string arabic, string latin) =>
        Transliteration.ToLatin(arabic).ShouldBe(latin);

    [Theory]
    [InlineData("דוד בן גוריון", "dod bn goryvn")]
    [InlineData("משה", "msh")]
    public void Hebrew_is_written_as_its_consonants(string hebrew, string latin) =>
        Transliteration.ToLatin(hebrew).ShouldBe(latin);

    [Theory]
    [InlineData("Երևան", "Yerevan")]
    [InlineData("Ռուբեն Վարդանյան", "Ruben Vardanyan")]
    public void Armenian_is_written_passport_style(string armenian, string latin) =>
        Transliteration.ToLatin(armenian).ShouldBe(latin);

    [Theory]
    [InlineData("მიხეილ სააკაშვილი", "mikheil saakashvili")]
    [InlineData("ᲗᲑᲘᲚᲘᲡᲘ", "TBILISI")]
    public void Georgian_follows_the_national_system(string georgian, string latin) =>
        Transliteration.ToLatin(georgian).ShouldBe(latin);

    [Theory]
    [InlineData("毛泽东")]
    [InlineData("김정은")]
    [InlineData("スズキ")]
    public void Scripts_without_a_dictionary_are_returned_unchanged(string text) =>
        Transliteration.ToLatin(text).ShouldBe(text);

    [Fact]
    public void Mixed_text_is_transliterated_run_by_run() =>
        Transliteration.ToLatin("Ivan Петровић (RS) / Γιάννης 12").ShouldBe("Ivan Petrović (RS) / Giannis 12");

    [Theory]
    [InlineData("JOHN SMITH")]
    [InlineData("Đorđe Petrović")]
    [InlineData("")]
    public void Latin_text_is_returned_as_the_same_instance(string text) =>
        ReferenceEquals(Transliteration.ToLatin(text), text).ShouldBeTrue();

    [Fact]
    public void An_ascii_name_is_checked_without_allocating()
    {
        var name = "MUELLER HANS PETER";
        Transliteration.ToLatin(name);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Transliteration.ToLatin(name);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }
}
