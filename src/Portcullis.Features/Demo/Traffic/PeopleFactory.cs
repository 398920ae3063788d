using System.Globalization;
using System.Text;

namespace Portcullis.Features.Demo.Traffic;

/// <summary>A travel document: P passport or I identity card.</summary>
public sealed record TravelDocument(string Type, string Number, string IssuingCountry, DateOnly Issued, DateOnly Expiry);

/// <summary>A home address.</summary>
public sealed record HomeAddress(string Street, string City, string PostalCode, string Country);

/// <summary>Adult, child (2 to 11) or infant (under 2, on a lap, no seat).</summary>
public enum AgeGroup
{
    Adult,
    Child,
    Infant,
}

/// <summary>One synthetic person, with the name as in their passport (Latin script, diacritics kept).</summary>
public sealed class Person
{
    public required string Surname { get; init; }

    public required string GivenNames { get; init; }

    /// <summary>Serbian or Macedonian: the name can also be written in Cyrillic.</summary>
    public required bool HasCyrillic { get; init; }

    public required char Sex { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required string BirthCountry { get; init; }

    public required string Nationality { get; init; }

    public required TravelDocument Document { get; init; }

    public required HomeAddress Address { get; init; }

    public required AgeGroup Age { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>MR, MRS, MS, MSTR, MISS: appended to the given name in PNRs.</summary>
    public string Title => Age == AgeGroup.Adult ? (Sex == 'M' ? "MR" : "MRS") : (Sex == 'M' ? "MSTR" : "MISS");

    /// <summary>Upper case as printed in the visual zone: "PETROVIĆ".</summary>
    public string SurnameUpper => Surname.ToUpperInvariant();

    public string GivenUpper => GivenNames.ToUpperInvariant();

    /// <summary>As in the machine-readable zone (ICAO 9303 transliteration): "PETROVIC", "DJORDJE".</summary>
    public string SurnameMrz => Names.Mrz(Surname);

    public string GivenMrz => Names.Mrz(GivenNames);

    public string SurnameCyrillic => Names.Cyrillic(Surname).ToUpperInvariant();

    public string GivenCyrillic => Names.Cyrillic(GivenNames).ToUpperInvariant();
}

/// <summary>
/// Makes synthetic people of the region and beyond: names from the region's naming traditions (Serbian,
/// Montenegrin, Albanian, Macedonian, Bosniak, Croat) and of the other travellers (German, Italian,
/// Turkish, Arabic romanisations, English, Greek, Hungarian, French, Nordic), with plausible documents,
/// dates of birth, addresses, phones and e-mails. Every value comes from the given <see cref="Random"/>.
/// </summary>
public sealed class PeopleFactory(Random random, DateOnly today)
{
    private readonly Random _random = random;
    private readonly DateOnly _today = today;

    /// <summary>Naming traditions: a name, male and female given names, surnames, and the female form of a surname.</summary>
    public sealed record Culture(string Name, string[] Male, string[] Female, string[] Surnames, bool Cyrillic = false, Func<string, string>? FemaleSurname = null);

    public static readonly Culture Serbian = new(
        "serbian",
        ["Đorđe", "Miloš", "Nikola", "Stefan", "Marko", "Dragan", "Nemanja", "Lazar", "Vuk", "Dušan", "Aleksandar", "Petar", "Zoran", "Milan", "Bojan", "Uroš", "Vladimir", "Dejan", "Slobodan", "Željko"],
        ["Ljubica", "Milica", "Jelena", "Ivana", "Ana", "Jovana", "Marija", "Dragana", "Teodora", "Katarina", "Snežana", "Tijana", "Nataša", "Sanja", "Jasmina", "Mirjana", "Gordana", "Anđela"],
        ["Petrović", "Janković", "Vuković", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Popović", "Živković", "Savić", "Pavlović", "Milošević", "Lazić", "Kostić", "Simić", "Tomić", "Mitrović", "Ristić", "Đukić", "Obradović"],
        Cyrillic: true);

    public static readonly Culture Montenegrin = new(
        "montenegrin",
        ["Marko", "Nikola", "Filip", "Luka", "Vuk", "Danilo", "Petar", "Milo", "Balša", "Andrija", "Veselin", "Žarko"],
        ["Milica", "Jelena", "Ana", "Sara", "Anastasija", "Jovana", "Dragana", "Bojana", "Vesna", "Maša"],
        ["Vujović", "Radulović", "Perović", "Radović", "Vukčević", "Šćepanović", "Bulatović", "Vujošević", "Lakić", "Knežević", "Raičević", "Popović", "Đurović"],
        Cyrillic: true);

    public static readonly Culture Albanian = new(
        "albanian",
        ["Xhevdet", "Besnik", "Arben", "Agron", "Blerim", "Driton", "Ilir", "Fatmir", "Gëzim", "Ardit", "Endrit", "Albion", "Bekim", "Shpëtim", "Valon", "Florent", "Artan", "Dardan", "Kushtrim", "Ermal"],
        ["Mimoza", "Teuta", "Vjosa", "Elira", "Drita", "Arta", "Blerta", "Fjolla", "Anila", "Erjona", "Albana", "Rinë", "Donika", "Besa", "Lirije", "Arbëresha", "Qëndresa", "Egzona"],
        ["Krasniqi", "Gashi", "Berisha", "Hoxha", "Shehu", "Morina", "Kelmendi", "Bytyqi", "Leka", "Basha", "Çela", "Dervishi", "Hysa", "Thaçi", "Rexhepi", "Ahmeti", "Kastrati", "Zeqiri", "Mehmeti", "Halili", "Dushku", "Prifti"]);

    public static readonly Culture Macedonian = new(
        "macedonian",
        ["Aleksandar", "Goran", "Bojan", "Dejan", "Zoran", "Vlatko", "Igor", "Kiril", "Darko", "Nikola", "Stefan", "Toni", "Blagoj", "Vasil"],
        ["Marija", "Elena", "Biljana", "Vesna", "Ana", "Katerina", "Simona", "Jovana", "Aleksandra", "Tamara", "Verica", "Snežana"],
        ["Stojanovski", "Petrovski", "Nikolovski", "Trajkovski", "Ristovski", "Dimitrovski", "Angelovski", "Jovanovski", "Kostovski", "Stefanovski", "Todorovski", "Velkovski", "Popovski", "Mitrevski"],
        Cyrillic: true,
        FemaleSurname: s => s.EndsWith("ski", StringComparison.Ordinal) ? s[..^3] + "ska" : s);

    public static readonly Culture Bosniak = new(
        "bosniak",
        ["Dževad", "Amir", "Emir", "Adnan", "Haris", "Kenan", "Mirza", "Senad", "Almir", "Edin", "Tarik", "Nermin", "Jasmin", "Armin"],
        ["Lejla", "Selma", "Amra", "Emina", "Aida", "Merima", "Ajla", "Amina", "Dženana", "Lamija", "Sabina", "Azra"],
        ["Hodžić", "Hadžić", "Begović", "Mujić", "Delić", "Hasanović", "Alić", "Bešlić", "Mehmedović", "Softić", "Kurtović", "Husić", "Čaušević", "Imamović", "Selimović"]);

    public static readonly Culture Croat = new(
        "croat",
        ["Ivan", "Ante", "Josip", "Mario", "Tomislav", "Marin", "Dario", "Stipe", "Krešimir", "Zvonimir"],
        ["Marija", "Ana", "Ivana", "Kristina", "Petra", "Lucija", "Mirela", "Katarina", "Antonija"],
        ["Marić", "Jurić", "Perić", "Božić", "Kovačević", "Čolak", "Zovko", "Barbarić", "Prskalo", "Vidović", "Brkić", "Šimić"]);

    public static readonly Culture German = new(
        "german",
        ["Lukas", "Jonas", "Maximilian", "Felix", "Tobias", "Stefan", "Michael", "Thomas", "Jürgen", "Matthias", "Florian", "Andreas"],
        ["Anna", "Lea", "Sophie", "Katharina", "Julia", "Sabine", "Claudia", "Lena", "Johanna", "Birgit", "Jana", "Franziska"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Huber", "Gruber", "Meier", "Hofmann", "Schäfer", "Koch", "Bauer", "Brunner", "Keller", "Weiß"]);

    public static readonly Culture Italian = new(
        "italian",
        ["Giuseppe", "Marco", "Luca", "Alessandro", "Matteo", "Andrea", "Francesco", "Davide", "Lorenzo", "Nicolò"],
        ["Francesca", "Giulia", "Chiara", "Sara", "Martina", "Elena", "Valentina", "Alessia", "Federica"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "De Luca", "Conti"]);

    public static readonly Culture Turkish = new(
        "turkish",
        ["Mehmet", "Mustafa", "Ahmet", "Emre", "Murat", "Hüseyin", "Burak", "Oğuz", "Serkan", "Çağrı", "İbrahim"],
        ["Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Hatice", "Büşra", "Gülşen", "Şeyma", "Özlem"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Koç"]);

    public static readonly Culture Arabic = new(
        "arabic",
        ["Mohammed", "Ahmed", "Omar", "Khalid", "Youssef", "Abdullah", "Hamad", "Rashid", "Saeed", "Tariq", "Faisal"],
        ["Fatima", "Aisha", "Mariam", "Noor", "Layla", "Huda", "Salma", "Reem", "Amal", "Hessa"],
        ["Al Mansouri", "Al Hashimi", "Haddad", "Khalil", "El Amrani", "Abdullah", "Saleh", "Al Nuaimi", "Al Shamsi", "Hassan", "Nasser", "Al Falasi"]);

    public static readonly Culture English = new(
        "english",
        ["James", "Oliver", "Daniel", "Thomas", "William", "Jack", "Harry", "Michael", "David", "Ryan", "Sean", "Patrick"],
        ["Emily", "Sarah", "Charlotte", "Olivia", "Jessica", "Emma", "Hannah", "Grace", "Siobhan", "Laura"],
        ["Smith", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Johnson", "Roberts", "O'Brien", "Murphy", "Hughes", "Clarke", "Kelly"]);

    public static readonly Culture Greek = new(
        "greek",
        ["Georgios", "Konstantinos", "Dimitrios", "Ioannis", "Nikolaos", "Panagiotis", "Christos", "Vasileios"],
        ["Eleni", "Maria", "Aikaterini", "Vasiliki", "Sofia", "Georgia", "Dimitra", "Ioanna"],
        ["Papadopoulos", "Papadakis", "Georgiou", "Nikolaou", "Vlachos", "Oikonomou", "Alexopoulos", "Karagiannis", "Makris"],
        FemaleSurname: s => s.EndsWith("os", StringComparison.Ordinal) ? s[..^2] + "ou" : s.EndsWith("is", StringComparison.Ordinal) ? s[..^2] + "i" : s);

    public static readonly Culture Hungarian = new(
        "hungarian",
        ["László", "Gábor", "Zoltán", "Péter", "Balázs", "Attila", "Tamás", "Ádám"],
        ["Zsófia", "Eszter", "Katalin", "Anna", "Réka", "Dóra", "Nóra", "Krisztina"],
        ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"]);

    public static readonly Culture French = new(
        "french",
        ["Jean", "Pierre", "Julien", "Nicolas", "Antoine", "Théo", "Hugo", "François"],
        ["Camille", "Léa", "Chloé", "Manon", "Élodie", "Inès", "Céline", "Aurélie"],
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Lefèvre", "Moreau", "Girard"]);

    public static readonly Culture Nordic = new(
        "nordic",
        ["Lars", "Anders", "Mikkel", "Søren", "Erik", "Johan", "Björn", "Magnus"],
        ["Ingrid", "Freja", "Astrid", "Sofie", "Karin", "Maja", "Linnéa", "Ida"],
        ["Jensen", "Nielsen", "Hansen", "Andersson", "Johansson", "Larsen", "Lindqvist", "Sørensen", "Berg"]);

    public static readonly Culture Indian = new(
        "indian",
        ["Rahul", "Arjun", "Vikram", "Sanjay", "Anil", "Rohan"],
        ["Priya", "Anjali", "Neha", "Divya", "Kavya", "Pooja"],
        ["Sharma", "Patel", "Nair", "Iyer", "Reddy", "Menon", "Gupta", "Pillai"]);

    public static readonly Culture Filipino = new(
        "filipino",
        ["Jose", "Mark", "John Paul", "Carlo", "Rafael", "Miguel"],
        ["Maria", "Kristine", "Angelica", "Joy", "Camille", "Patricia"],
        ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva"]);

    /// <summary>The culture of names usual for a nationality (its majority; the generator picks minorities itself).</summary>
    public static Culture CultureOf(string nationality) => nationality switch
    {
        "SRB" => Serbian,
        "MNE" => Montenegrin,
        "ALB" or "XKX" => Albanian,
        "MKD" => Macedonian,
        "BIH" => Bosniak,
        "HRV" or "SVN" => Croat,
        "DEU" or "AUT" or "CHE" => German,
        "ITA" or "MLT" => Italian,
        "TUR" => Turkish,
        "ARE" or "SAU" or "JOR" or "EGY" or "MAR" => Arabic,
        "GRC" => Greek,
        "HUN" or "ROU" => Hungarian,
        "FRA" => French,
        "DNK" or "SWE" => Nordic,
        "IND" => Indian,
        "PHL" => Filipino,
        _ => English,
    };

    private static readonly Dictionary<string, (string City, string Postal)[]> Cities = new(StringComparer.Ordinal)
    {
        ["SRB"] = [("Beograd", "11000"), ("Novi Sad", "21000"), ("Niš", "18000"), ("Kragujevac", "34000"), ("Subotica", "24000"), ("Čačak", "32000")],
        ["ALB"] = [("Tiranë", "1001"), ("Durrës", "2001"), ("Shkodër", "4001"), ("Vlorë", "9401"), ("Elbasan", "3001"), ("Korçë", "7001")],
        ["XKX"] = [("Prishtinë", "10000"), ("Prizren", "20000"), ("Pejë", "30000"), ("Gjakovë", "50000"), ("Ferizaj", "70000"), ("Mitrovicë", "40000")],
        ["MNE"] = [("Podgorica", "81000"), ("Nikšić", "81400"), ("Budva", "85310"), ("Bar", "85000"), ("Herceg Novi", "85340"), ("Kotor", "85330")],
        ["MKD"] = [("Skopje", "1000"), ("Bitola", "7000"), ("Kumanovo", "1300"), ("Tetovo", "1200"), ("Ohrid", "6000"), ("Prilep", "7500")],
        ["BIH"] = [("Sarajevo", "71000"), ("Banja Luka", "78000"), ("Tuzla", "75000"), ("Mostar", "88000"), ("Zenica", "72000"), ("Bijeljina", "76300")],
        ["DEU"] = [("Berlin", "10115"), ("München", "80331"), ("Frankfurt am Main", "60311"), ("Stuttgart", "70173"), ("Dortmund", "44135"), ("Düsseldorf", "40213")],
        ["AUT"] = [("Wien", "1100"), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020")],
        ["CHE"] = [("Zürich", "8004"), ("Basel", "4057"), ("Genève", "1201"), ("Luzern", "6003"), ("St. Gallen", "9000")],
        ["ITA"] = [("Roma", "00184"), ("Milano", "20121"), ("Bergamo", "24121"), ("Bologna", "40121"), ("Torino", "10121")],
        ["TUR"] = [("İstanbul", "34430"), ("Ankara", "06420"), ("İzmir", "35210"), ("Bursa", "16010")],
        ["GBR"] = [("London", "E1 6AN"), ("Manchester", "M1 2AB"), ("Birmingham", "B1 1AA"), ("Leeds", "LS1 4AP")],
        ["USA"] = [("New York", "10001"), ("Chicago", "60601"), ("St. Louis", "63101"), ("Detroit", "48201")],
        ["ARE"] = [("Dubai", "00000"), ("Abu Dhabi", "00000"), ("Sharjah", "00000")],
        ["GRC"] = [("Athína", "10431"), ("Thessaloníki", "54625"), ("Pátra", "26221")],
        ["HUN"] = [("Budapest", "1051"), ("Debrecen", "4024"), ("Szeged", "6720")],
        ["FRA"] = [("Paris", "75011"), ("Lyon", "69002"), ("Marseille", "13001")],
        ["DNK"] = [("København", "1050"), ("Aarhus", "8000")],
        ["SWE"] = [("Malmö", "21119"), ("Göteborg", "41103"), ("Stockholm", "11120")],
    };

    private static readonly Dictionary<string, string[]> Streets = new(StringComparer.Ordinal)
    {
        ["SRB"] = ["Kneza Miloša", "Bulevar kralja Aleksandra", "Nemanjina", "Cara Dušana", "Vojvode Stepe", "Gospodar Jevremova"],
        ["ALB"] = ["Rruga e Kavajës", "Rruga Myslym Shyri", "Rruga e Durrësit", "Rruga Sami Frashëri", "Bulevardi Zogu I"],
        ["XKX"] = ["Rruga Agim Ramadani", "Bulevardi Nënë Tereza", "Rruga UÇK", "Rruga Garibaldi", "Rruga Fehmi Agani"],
        ["MNE"] = ["Bulevar Svetog Petra Cetinjskog", "Njegoševa", "Slobode", "Hercegovačka", "Ulica 13. jula"],
        ["MKD"] = ["Ulica Makedonija", "Partizanski odredi", "Bulevar Ilinden", "Ulica Orce Nikolov", "Bulevar Jane Sandanski"],
        ["BIH"] = ["Ferhadija", "Titova", "Zmaja od Bosne", "Kralja Petra I Karađorđevića", "Maršala Tita", "Aleja Bosne Srebrene"],
        ["DEU"] = ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Schillerstraße", "Goethestraße", "Gartenstraße"],
        ["AUT"] = ["Favoritenstraße", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse"],
        ["CHE"] = ["Bahnhofstrasse", "Langstrasse", "Hauptstrasse", "Seestrasse", "Dorfstrasse"],
        ["ITA"] = ["Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Via Dante"],
        ["TUR"] = ["Atatürk Caddesi", "İstiklal Caddesi", "Cumhuriyet Sokak", "Bağdat Caddesi"],
        ["ARE"] = ["Sheikh Zayed Road", "Al Wasl Road", "Jumeirah Beach Road"],
        ["GRC"] = ["Odos Ermou", "Leoforos Syngrou", "Odos Egnatia"],
        ["HUN"] = ["Andrássy út", "Rákóczi út", "Váci utca"],
        ["FRA"] = ["Rue de la Paix", "Avenue Jean Jaurès", "Rue Oberkampf"],
        ["DNK"] = ["Vesterbrogade", "Nørrebrogade"],
        ["SWE"] = ["Storgatan", "Drottninggatan"],
    };

    private static readonly string[] EnglishStreets = ["High Street", "Station Road", "Main Street", "Oak Avenue", "Church Lane"];

    private static readonly string[] MailDomains = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "gmx.de", "live.com"];

    /// <summary>Countries whose people may travel in the region on an identity card.</summary>
    private static readonly HashSet<string> IdCardCountries = new(StringComparer.Ordinal)
    {
        "SRB", "MNE", "ALB", "XKX", "MKD", "BIH", "DEU", "AUT", "ITA", "FRA", "HRV", "SVN", "GRC", "HUN", "CHE",
    };

    public Random Random => _random;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>An adult of a culture, with the given nationality and country of residence.</summary>
    public Person Adult(Culture culture, string nationality, string residence, char? sex = null, string? familySurname = null, int minAge = 18, int maxAge = 82, bool identityCardAllowed = false)
    {
        var s = sex ?? (Chance(0.52) ? 'M' : 'F');
        var age = minAge + (int)Math.Round(Math.Pow(_random.NextDouble(), 1.3) * (maxAge - minAge));
        return Make(culture, nationality, residence, s, familySurname, age, AgeGroup.Adult, identityCardAllowed);
    }

    /// <summary>A child (2 to 11) or an infant (under 2) of a parent: same surname, nationality and home.</summary>
    public Person Child(Culture culture, Person parent, bool infant)
    {
        var sex = Chance(0.5) ? 'M' : 'F';
        var surname = BaseSurname(culture, parent);
        var age = infant ? 0 : 2 + _random.Next(10);
        return Make(culture, parent.Nationality, parent.Address.Country, sex, surname, age, infant ? AgeGroup.Infant : AgeGroup.Child, identityCardAllowed: false, home: parent.Address);
    }

    /// <summary>The surname a spouse or child would share (the male form where the culture has two).</summary>
    public static string BaseSurname(Culture culture, Person person) =>
        culture.FemaleSurname is null || person.Sex == 'M'
            ? person.Surname
            : culture.Surnames.FirstOrDefault(s => culture.FemaleSurname(s) == person.Surname) ?? person.Surname;

    private Person Make(Culture culture, string nationality, string residence, char sex, string? familySurname, int age, AgeGroup group, bool identityCardAllowed, HomeAddress? home = null)
    {
        var given = Pick(sex == 'M' ? culture.Male : culture.Female);
        if (group == AgeGroup.Adult && Chance(0.04))
        {
            var second = Pick(sex == 'M' ? culture.Male : culture.Female);
            if (second != given)
            {
                given += " " + second;
            }
        }

        var surname = familySurname ?? Pick(culture.Surnames);
        if (sex == 'F' && culture.FemaleSurname is { } female)
        {
            surname = female(surname);
        }

        var birth = _today.AddYears(-age).AddDays(-_random.Next(1, 365));
        if (group == AgeGroup.Infant)
        {
            birth = _today.AddDays(-_random.Next(20, 700));
        }

        var address = home ?? Address(residence);
        var birthCountry = nationality == "XKX" && age > 30 && Chance(0.3) ? "SRB" : residence == nationality || Chance(0.6) ? nationality : residence;
        var document = Document(nationality, birth, identityCardAllowed && IdCardCountries.Contains(nationality) && Chance(0.3));
        string? email = null, phone = null;
        if (group == AgeGroup.Adult)
        {
            var local = Names.Mrz(given.Split(' ')[0]).ToLowerInvariant() + "." + Names.Mrz(surname).Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).ToLowerInvariant();
            if (Chance(0.5))
            {
                local += (birth.Year % 100).ToString("00", CultureInfo.InvariantCulture);
            }

            email = local + "@" + Pick(MailDomains);
            phone = Phone(residence);
        }

        return new Person
        {
            Surname = surname,
            GivenNames = given,
            HasCyrillic = culture.Cyrillic,
            Sex = sex,
            BirthDate = birth,
            BirthCountry = birthCountry,
            Nationality = nationality,
            Document = document,
            Address = address,
            Age = group,
            Email = email,
            Phone = phone,
        };
    }

    public HomeAddress Address(string country)
    {
        var (city, postal) = Cities.TryGetValue(country, out var cities) ? Pick(cities) : ("London", "SW1A 1AA");
        var street = Streets.TryGetValue(country, out var streets) ? Pick(streets) : Pick(EnglishStreets);
        var number = (1 + _random.Next(140)).ToString(CultureInfo.InvariantCulture);
        var line = country is "GBR" or "USA" or "FRA" ? number + " " + street : street + " " + number;
        return new HomeAddress(line, city, postal, Cities.ContainsKey(country) ? country : "GBR");
    }

    private TravelDocument Document(string nationality, DateOnly birth, bool identityCard)
    {
        var adult = _today.Year - birth.Year >= 18;
        var validity = adult ? 10 : 5;
        var issued = _today.AddDays(-_random.Next(30, (validity * 365) - 30));
        if (issued < birth)
        {
            issued = birth.AddDays(_random.Next(5, 60));
        }

        var expiry = issued.AddYears(validity).AddDays(-1);
        if (expiry <= _today)
        {
            expiry = _today.AddDays(_random.Next(30, 900));
        }

        var number = identityCard ? IdentityCardNumber(nationality) : PassportNumber(nationality);
        return new TravelDocument(identityCard ? "I" : "P", number, nationality, issued, expiry);
    }

    private string Digits(int count)
    {
        Span<char> digits = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + _random.Next(10));
        }

        return new string(digits);
    }

    private char Letter() => (char)('A' + _random.Next(26));

    private string PassportNumber(string nationality) => nationality switch
    {
        "SRB" => "0" + Digits(8),
        "ALB" => "B" + Letter() + Digits(7),
        "XKX" => "P" + Digits(8),
        "MNE" => Digits(7) + "M" + Letter(),
        "MKD" => "M" + Digits(7),
        "BIH" => Letter() + Digits(7),
        "DEU" => "C" + Letter() + Digits(2) + Letter() + Digits(4),
        "AUT" => "P" + Digits(7),
        "CHE" => "X" + Digits(7),
        "ITA" => "Y" + Letter() + Digits(7),
        "TUR" => "U" + Digits(8),
        "GBR" or "USA" => Digits(9),
        _ => Letter() + Digits(8),
    };

    private string IdentityCardNumber(string nationality) => nationality switch
    {
        "SRB" => Digits(9),
        "ALB" => "I" + Digits(8) + Letter(),
        "XKX" => Digits(9),
        "MKD" => "A" + Digits(7),
        "DEU" => "L" + Letter() + Digits(7),
        "ITA" => "C" + Letter() + Digits(5) + Letter() + Letter(),
        _ => Letter() + Digits(8),
    };

    private string Phone(string country)
    {
        var (code, mobile) = country switch
        {
            "SRB" => ("381", "6" + Digits(1)),
            "ALB" => ("355", "6" + (6 + _random.Next(4)).ToString(CultureInfo.InvariantCulture)),
            "XKX" => ("383", "4" + Digits(1)),
            "MNE" => ("382", "6" + Digits(1)),
            "MKD" => ("389", "7" + Digits(1)),
            "BIH" => ("387", "6" + Digits(1)),
            "DEU" => ("49", "15" + Digits(1)),
            "AUT" => ("43", "66" + Digits(1)),
            "CHE" => ("41", "7" + (6 + _random.Next(4)).ToString(CultureInfo.InvariantCulture)),
            "ITA" => ("39", "3" + Digits(2)),
            "TUR" => ("90", "5" + Digits(2)),
            "GBR" => ("44", "7" + Digits(3)),
            "USA" => ("1", Digits(3)),
            "ARE" => ("971", "5" + Digits(1)),
            "GRC" => ("30", "69" + Digits(1)),
            "HUN" => ("36", "30"),
            "FRA" => ("33", "6"),
            "DNK" => ("45", "2" + Digits(1)),
            "SWE" => ("46", "7" + Digits(1)),
            _ => ("44", "7" + Digits(3)),
        };
        return code + mobile + Digits(7);
    }
}

/// <summary>Writing names in the scripts and forms airlines use.</summary>
public static class Names
{
    /// <summary>ICAO 9303-style transliteration to the upper-case letters A-Z of a machine-readable zone.</summary>
    public static string Mrz(string name) => Transliterate(name, keepOther: false);

    /// <summary>Upper-case ASCII for addresses and free text: like <see cref="Mrz"/>, but digits and punctuation kept.</summary>
    public static string Ascii(string text) => Transliterate(text, keepOther: true);

    private static string Transliterate(string name, bool keepOther)
    {
        var upper = name.ToUpperInvariant();
        var text = new StringBuilder(upper.Length + 4);
        foreach (var c in upper)
        {
            switch (c)
            {
                case 'Đ':
                    text.Append("DJ");
                    break;
                case 'Ä' or 'Æ':
                    text.Append("AE");
                    break;
                case 'Ö' or 'Ø':
                    text.Append("OE");
                    break;
                case 'Ü':
                    text.Append("UE");
                    break;
                case 'Å':
                    text.Append("AA");
                    break;
                case 'ß':
                    text.Append("SS");
                    break;
                case 'İ' or 'I' or 'ı':
                    text.Append('I');
                    break;
                default:
                    var plain = c.ToString().Normalize(NormalizationForm.FormD)[0];
                    if (plain is (>= 'A' and <= 'Z') or ' ' or '-' || (keepOther && plain < 128 && plain != '\''))
                    {
                        text.Append(plain);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private static readonly (string Latin, string Cyrillic)[] Digraphs = [("Lj", "Љ"), ("LJ", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("NJ", "Њ"), ("nj", "њ"), ("Dž", "Џ"), ("DŽ", "Џ"), ("dž", "џ")];

    private static readonly Dictionary<char, char> Letters = new()
    {
        ['A'] = 'А',
        ['B'] = 'Б',
        ['C'] = 'Ц',
        ['Č'] = 'Ч',
        ['Ć'] = 'Ћ',
        ['D'] = 'Д',
        ['Đ'] = 'Ђ',
        ['E'] = 'Е',
        ['F'] = 'Ф',
        ['G'] = 'Г',
        ['H'] = 'Х',
        ['I'] = 'И',
        ['J'] = 'Ј',
        ['K'] = 'К',
        ['L'] = 'Л',
        ['M'] = 'М',
        ['N'] = 'Н',
        ['O'] = 'О',
        ['P'] = 'П',
        ['R'] = 'Р',
        ['S'] = 'С',
        ['Š'] = 'Ш',
        ['T'] = 'Т',
        ['U'] = 'У',
        ['V'] = 'В',
        ['Z'] = 'З',
        ['Ž'] = 'Ж',
        ['a'] = 'а',
        ['b'] = 'б',
        ['c'] = 'ц',
        ['č'] = 'ч',
        ['ć'] = 'ћ',
        ['d'] = 'д',
        ['đ'] = 'ђ',
        ['e'] = 'е',
        ['f'] = 'ф',
        ['g'] = 'г',
        ['h'] = 'х',
        ['i'] = 'и',
        ['j'] = 'ј',
        ['k'] = 'к',
        ['l'] = 'л',
        ['m'] = 'м',
        ['n'] = 'н',
        ['o'] = 'о',
        ['p'] = 'п',
        ['r'] = 'р',
        ['s'] = 'с',
        ['š'] = 'ш',
        ['t'] = 'т',
        ['u'] = 'у',
        ['v'] = 'в',
        ['z'] = 'з',
        ['ž'] = 'ж',
    };

    /// <summary>Serbian (and Macedonian) Latin to Cyrillic: "Đorđe Petrović" → "Ђорђе Петровић".</summary>
    public static string Cyrillic(string latin)
    {
        var text = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            var digraph = Array.Find(Digraphs, d => string.CompareOrdinal(latin, i, d.Latin, 0, 2) == 0);
            if (digraph.Latin is not null)
            {
                text.Append(digraph.Cyrillic);
                i++;
                continue;
            }

            text.Append(Letters.TryGetValue(latin[i], out var c) ? c : latin[i]);
        }

        return text.ToString();
    }
}
