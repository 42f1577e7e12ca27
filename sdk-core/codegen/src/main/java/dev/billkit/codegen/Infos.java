package dev.billkit.codegen;

import java.util.ArrayList;
import java.util.List;

/** What the templates read. Public fields, because JMustache reads fields directly. */
final class Infos {
  private Infos() {}

  /** One generated class: a model, a params object, the event base or one event type. */
  static final class Model {
    public String kind;
    public boolean isObject;
    public boolean isEventBase;
    public boolean isEvent;
    public String className;
    public List<String> doc = new ArrayList<>();
    public List<Field> fields = new ArrayList<>();
    public List<EnumType> enums = new ArrayList<>();
    public boolean isParams;
    public boolean hasClearable;
    public String eventType;
    public String baseDoc;
  }

  /** One JSON property of a model. */
  static final class Field {
    public String jsonName;
    public String javaName;
    public String capName;
    public String fieldType;
    public String accessorType;
    public String accessorExpr;
    public String setterType;
    public String setterExpr;
    public String copyExpr;
    public boolean required;
    public boolean checkRequired;
    public boolean isEnum;
    public String rawAccessorType;
    public String rawAccessorExpr;
    public String queryExpr;
    public boolean secret;
    public boolean clearable;
    public List<String> doc = new ArrayList<>();
    public boolean last;
  }

  /** A forward-compatible enum nested in its model. */
  static final class EnumType {
    public String className;
    public List<Constant> constants = new ArrayList<>();
    public boolean addUnknown;
    public String fieldJsonName;
  }

  static final class Constant {
    public String name;
    public String value;
  }

  /** One operation of a service. */
  static final class Operation {
    public String methodName;
    public String httpMethod;
    public String path;
    public String returnType;
    public String itemType;
    public boolean isList;
    public String responseClass;
    public String paramsType;
    public boolean hasBody;
    public boolean hasQuery;
    public List<PathParam> pathParams = new ArrayList<>();
    public List<Field> query = new ArrayList<>();
    public String argsDecl;
    public String argsCall;
    public String argsDeclComma;
    public String argsCallComma;
    public List<String> doc = new ArrayList<>();
    public String summary;
  }

  static final class PathParam {
    public String name;
    public String javaName;
  }

  /** One service (spec tag). */
  static final class Service {
    public String tag;
    public String className;
    public String accessor;
    public List<String> doc = new ArrayList<>();
    public List<Operation> operations = new ArrayList<>();
  }

  /** One entry of the event type table. */
  static final class EventEntry {
    public String type;
    public String className;
  }
}
