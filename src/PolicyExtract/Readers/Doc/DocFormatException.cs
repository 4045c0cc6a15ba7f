namespace PolicyExtract.Readers.Doc;

/// <summary>A structural problem in a .doc file; <see cref="DocReader"/> turns it into "corrupt .doc: reason".</summary>
internal sealed class DocFormatException(string reason) : Exception(reason);

/// <summary>Bounds-checked little-endian reads: every offset in a .doc comes from the file and may be wrong.</summary>
internal static class LittleEndian
{
    public static ushort U16(byte[] data, long offset, string what)
    {
        Check(data, offset, 2, what);
        return (ushort)(data[offset] | data[offset + 1] << 8);
    }

    public static short I16(byte[] data, long offset, string what) => unchecked((short)U16(data, offset, what));

    public static uint U32(byte[] data, long offset, string what)
    {
        Check(data, offset, 4, what);
        return (uint)(data[offset] | data[offset + 1] << 8 | data[offset + 2] << 16 | data[offset + 3] << 24);
    }

    public static int I32(byte[] data, long offset, string what) => unchecked((int)U32(data, offset, what));

    public static void Check(byte[] data, long offset, long length, string what)
    {
        if (offset < 0 || length < 0 || offset + length > data.Length)
            throw new DocFormatException($"{what} lies outside its stream (offset {offset}, length {length}, stream size {data.Length})");
    }
}
