namespace Portcullis.Formats.Tests;

/// <summary>
/// A non-seekable stream whose content is made as it is read (<see cref="Produce"/>), handed out in
/// small uneven chunks as a network stream gives them: a reader that holds the whole file, or asks for
/// huge buffers, shows in <see cref="LargestRequest"/>. For the large-file tests.
/// </summary>
internal abstract class ProducedStream : Stream
{
    private byte[] _pending = [];
    private int _at;

    public long Produced { get; private set; }

    public int LargestRequest { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => Produced; set => throw new NotSupportedException(); }

    /// <summary>The next piece of content; empty at the end.</summary>
    protected abstract byte[] Produce();

    public override int Read(byte[] buffer, int offset, int count)
    {
        LargestRequest = Math.Max(LargestRequest, count);
        if (_at == _pending.Length)
        {
            _pending = Produce();
            _at = 0;
        }

        var n = Math.Min(Math.Min(count, 4093), _pending.Length - _at);
        _pending.AsSpan(_at, n).CopyTo(buffer.AsSpan(offset));
        _at += n;
        Produced += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
