using System.Security.Cryptography;

namespace Portcullis.Features.People;

/// <summary>
/// One-time passwords for new accounts and resets: four groups of five characters from an alphabet
/// without look-alikes (no 0/O, 1/l/I), about 114 bits, easy to read out over the phone.
/// </summary>
public static class PasswordGenerator
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Generate()
    {
        Span<char> chars = stackalloc char[23];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 6 == 5 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
