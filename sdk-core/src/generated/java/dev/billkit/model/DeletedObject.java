// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a successful delete.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class DeletedObject {
  @Json(name = "id")
  private final String id;

  @Json(name = "object")
  private final String object;

  @Json(name = "deleted")
  private final Boolean deleted;

  private DeletedObject(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.deleted = b.deleted;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.object = object;
    b.deleted = deleted;
    return b;
  }

  /**
   * The id of the deleted object, prefixed like its type ({@code cus_}, {@code in_}, {@code
   * ben_}, {@code we_}, {@code clock_}).
   */
  public String id() {
    return id;
  }

  /**
   * The type of the deleted object, for example {@code customer}.
   */
  public String object() {
    return object;
  }

  /**
   * Always true.
   */
  public Boolean deleted() {
    return deleted;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DeletedObject)) {
      return false;
    }
    DeletedObject that = (DeletedObject) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(deleted, that.deleted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        deleted);
  }

  @Override
  public String toString() {
    return "DeletedObject{"
        + "id=" + id
        + ", object=" + object
        + ", deleted=" + deleted
        + "}";
  }

  /** Builder for {@link DeletedObject}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Boolean deleted;


    private Builder() {}

    /**
     * The id of the deleted object, prefixed like its type ({@code cus_}, {@code in_}, {@code
     * ben_}, {@code we_}, {@code clock_}).
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * The type of the deleted object, for example {@code customer}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * Always true.
     */
    public Builder deleted(Boolean value) {
      this.deleted = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public DeletedObject build() {
      return new DeletedObject(this);
    }
  }
}
