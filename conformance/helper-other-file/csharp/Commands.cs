namespace Conformance.Helpers;

public static class Commands
{
    public static string BuildPing(string target)
    {
        return "ping -c 1 " + target;
    }

    public static string AlgorithmName(string family, string size)
    {
        return family + size;
    }
}
