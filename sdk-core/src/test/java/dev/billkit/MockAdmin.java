package dev.billkit;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.billkit.mock.MockTenant;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Calls to the mock server's admin API ({@code /_mock/...}) for the tenant of a test. */
final class MockAdmin {
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final MediaType JSON = MediaType.get("application/json");

  private MockAdmin() {}

  static String post(MockTenant tenant, String path, String json) throws IOException {
    return call(tenant, new Request.Builder().url(tenant.baseUrl() + path)
        .post(RequestBody.create(json, JSON)));
  }

  /** The {@code data} of an admin list, as JSON maps. */
  static List<Map<String, Object>> list(MockTenant tenant, String path) throws IOException {
    String body = call(tenant, new Request.Builder().url(tenant.baseUrl() + path).get());
    Map<String, Object> page = new Moshi.Builder().build()
        .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class,
            Object.class)).fromJson(body);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> data = (List<Map<String, Object>>) page.get("data");
    return data;
  }

  private static String call(MockTenant tenant, Request.Builder request) throws IOException {
    try (Response response = HTTP.newCall(
        request.header("Authorization", "Bearer " + tenant.apiKey()).build()).execute()) {
      String body = response.body().string();
      if (!response.isSuccessful()) {
        throw new IOException(response.code() + " from the mock admin API: " + body);
      }
      return body;
    }
  }
}
