namespace Conformance.Settings;

public static class Defaults
{
    public const string Host = "localhost";
    public const string LegacyAlgorithm = "MD5";
    public const string CurrentAlgorithm = "SHA-256";
}
