using Entente.Ais.Decoding;
using Entente.Ais.Messages;

namespace Entente.Ais.Tests.Support;

/// <summary>Decodes sentences for tests.</summary>
public static class Decode
{
    /// <summary>Decodes the sentences and returns the one message they carry, failing with the decoder's error otherwise.</summary>
    public static T One<T>(IEnumerable<string> sentences)
        where T : IAisMessage
    {
        var decoder = new AisDecoder();
        var messages = new List<IAisMessage>();
        foreach (var s in sentences)
        {
            var result = decoder.Decode(s);
            Assert.True(result.Status != AisDecodeStatus.Error, $"'{s}' was rejected: {AisErrorKinds.Describe(result.Error)}");
            if (result.Message is not null)
            {
                messages.Add(result.Message);
            }
        }

        return Assert.IsType<T>(Assert.Single(messages));
    }

    /// <summary>Decodes the builder's sentences.</summary>
    public static T One<T>(PayloadBuilder builder)
        where T : IAisMessage => One<T>(builder.Sentences());
}
