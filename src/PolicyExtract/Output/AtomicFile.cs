namespace PolicyExtract.Output;

/// <summary>Writes a file under a temporary name beside it and renames it into place, so a reader never sees half a file.</summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string _temp;
    private bool _committed;

    public AtomicFile(string target)
    {
        _target = Path.GetFullPath(target);
        var dir = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(dir);
        _temp = Path.Combine(dir, "." + Path.GetFileName(_target) + "." + Environment.ProcessId + ".tmp");
        Stream = new FileStream(_temp, FileMode.Create, FileAccess.Write, FileShare.None);
    }

    public FileStream Stream { get; }

    /// <summary>Flushes and moves the finished file into place.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(_temp, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        Stream.Dispose();
        try { File.Delete(_temp); } catch (IOException) { }
    }
}
