package dev.billkit.internal.http;

import com.squareup.moshi.Json;
import java.util.List;

/** {@code {"object":"list","data":[…],"has_more":bool,"url":"/v1/x"}}, read by Moshi. */
final class ListEnvelope<T> {
  @Json(name = "object")
  String object;

  @Json(name = "data")
  List<T> data;

  @Json(name = "has_more")
  boolean hasMore;

  @Json(name = "url")
  String url;
}
