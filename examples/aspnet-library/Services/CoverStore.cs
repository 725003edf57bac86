namespace Library.Services;

public class CoverStore
{
    private const string Root = "/var/library/covers";

    public byte[] Load(string name)
    {
        // plumb-ok: path-traversal
        var path = Path.Combine(Root, Path.GetFileName(name));
        return File.ReadAllBytes(path);
    }

    public byte[] LoadUnchecked(string name)
    {
        // plumb-expect: path-traversal
        return File.ReadAllBytes(Root + "/" + name);
    }
}
