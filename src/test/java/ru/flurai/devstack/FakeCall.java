package ru.flurai.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Bot API call as {@link FakeTelegram} received and answered it.
 *
 * @param seq 1, 2, 3… in arrival order (never reset)
 * @param timeMillis when it arrived (epoch ms)
 * @param method canonical Bot API name ({@code sendMessage}), or the path segment as sent when
 *     unknown
 * @param caller {@code X-Fake-Caller} header, else the client's {@code ip:port}
 * @param chatId {@code chat_id} as sent (string), or null
 * @param text {@code text} as sent, markup included, or null
 * @param parseMode {@code parse_mode}, or null
 * @param entities {@code entities} JSON, or null
 * @param replyMarkup {@code reply_markup} JSON, or null
 * @param params every parameter received (JSON fields as JSON, uploaded files as {file_name, size})
 * @param status HTTP status answered (0 when the connection was dropped)
 * @param outcome {@code ok}, {@code error <code>: <description>}, {@code scripted <code>}, {@code
 *     scripted delay <ms>ms then …}, {@code dropped (down)}
 */
public record FakeCall(
    long seq,
    long timeMillis,
    String method,
    String caller,
    String chatId,
    String text,
    String parseMode,
    JsonNode entities,
    JsonNode replyMarkup,
    JsonNode params,
    int status,
    String outcome) {

  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("seq", seq)
        .put("ts", timeMillis)
        .put("method", method)
        .put("caller", caller)
        .put("chat_id", chatId)
        .put("text", text)
        .put("parse_mode", parseMode);
    o.set("entities", entities);
    o.set("reply_markup", replyMarkup);
    o.set("params", params);
    o.put("status", status).put("outcome", outcome);
    return o;
  }
}
