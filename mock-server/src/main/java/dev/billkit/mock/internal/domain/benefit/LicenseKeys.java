package dev.billkit.mock.internal.domain.benefit;

import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.SideTable;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * License keys as grants issue and revoke them. A key is the benefit's prefix, a dash and a
 * UUID-shaped block of uppercase hex ({@code PRO-6F1C2A9E-4B7D-4E2A-9C1B-5D3E7F9A1B2C}), derived
 * from the tenant's deterministic secret sequence; {@code display_key} masks all but its last 6
 * characters. A side table finds a key by its string. Stateless.
 */
public final class LicenseKeys {
  /** The table of license keys. */
  public static final String TABLE = "license_key";

  static final SideTable BY_KEY = new SideTable("_license_key_by_key");

  private LicenseKeys() {}

  /**
   * Issues a {@code granted} key with the benefit's limits; it expires {@code expires_in_days}
   * after {@code grantedAt}, or never.
   *
   * @param settings the benefit's {@code license_keys} settings
   * @return the key's id
   */
  static String issue(
      Work work,
      String customerId,
      String benefitId,
      Map<String, Object> settings,
      Instant grantedAt) {
    String key = newKey(work, Fields.string(settings, "prefix"));
    Map<String, Object> lk = work.newObject(IdPrefix.LICENSE_KEY, "license_key");
    lk.put("customer", customerId);
    lk.put("benefit", benefitId);
    lk.put("key", key);
    lk.put("display_key", "****-" + key.substring(key.length() - 6));
    lk.put("status", "granted");
    lk.put("limit_activations", settings.get("limit_activations"));
    lk.put("activations", new ArrayList<>());
    lk.put("usage", 0L);
    lk.put("limit_usage", settings.get("limit_usage"));
    lk.put("validations", 0L);
    lk.put("last_validated_at", null);
    Object days = settings.get("expires_in_days");
    lk.put(
        "expires_at",
        days == null ? null : Times.format(grantedAt.plus(Duration.ofDays((Long) days))));
    String id = (String) lk.get("id");
    work.save(TABLE, lk);
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("license_key", id);
    BY_KEY.put(work, key, index);
    return id;
  }

  /** Marks a key {@code revoked} (terminal); its activations stay for the record. */
  static void revoke(Work work, String licenseKeyId) {
    if (licenseKeyId != null && work.find(TABLE, licenseKeyId) != null) {
      work.edit(TABLE, licenseKeyId, "license_key").set("status", "revoked").save();
    }
  }

  /** The key with this key string, or null. */
  static Map<String, Object> byKey(Work work, String key) {
    Map<String, Object> index = BY_KEY.get(work, key);
    return index == null
        ? null
        : Fields.read(work.find(TABLE, Fields.string(index, "license_key")));
  }

  private static String newKey(Work work, String prefix) {
    String token = work.tenant().ids().secret(32);
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(("billkit-license-key:" + token).getBytes(StandardCharsets.UTF_8));
      String hex = HexFormat.of().withUpperCase().formatHex(d, 0, 16);
      String uuid =
          String.join(
              "-",
              hex.substring(0, 8),
              hex.substring(8, 12),
              hex.substring(12, 16),
              hex.substring(16, 20),
              hex.substring(20, 32));
      return prefix == null ? uuid : prefix + "-" + uuid;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
