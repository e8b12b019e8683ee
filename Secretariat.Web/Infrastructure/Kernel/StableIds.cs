using System.Security.Cryptography;
using System.Text;

namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>A name-based (version 3 layout) id: the same key gives the same id on every instance and in every run.</summary>
public static class StableIds
{
    public static Guid From(string key)
    {
        var bytes = MD5.HashData(Encoding.UTF8.GetBytes(key));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x30);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
