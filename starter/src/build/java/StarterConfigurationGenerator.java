import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the starter's {@code @ConfigurationProperties} class from the component's Camel catalog JSON, so that every
 * component option, including the ones added after this file was written, gets a Spring Boot property with its
 * description, type and default (spring-boot-configuration-processor turns the Javadoc, field types and field
 * initialisers into IDE metadata).
 * <p>
 * Runs at the starter's generate-sources phase with the JDK's source launcher ({@code java -cp <compile class path>
 * StarterConfigurationGenerator.java <catalog resource> <output dir> <package> <class>}), so that it needs neither a
 * module of its own nor a compile step. It reads the catalog from the class path: the same file that ships in the
 * component jar.
 * <p>
 * Mapping of catalog options to Spring Boot properties:
 * <ul>
 * <li>scalars (string, boolean, integer, number) and enums keep their Java type (primitives boxed), so that Spring Boot
 * converts and validates the value and IDEs offer the enum constants;</li>
 * <li>duration options become a String, which Camel converts ("30s", "5000");</li>
 * <li>object options that are beans (sslContextParameters, stateRepository, ...) become a String holding a registry
 * reference ({@code #bean:name}), resolved by Camel's property binding when the value is applied;</li>
 * <li>each setter records the option as explicitly set: only those are applied to the component, so the defaults
 * written as field initialisers (for the IDE) never override the component's own logic (for example baseUrl, whose
 * default depends on companyDomain).</li>
 * </ul>
 */
public final class StarterConfigurationGenerator {

    private static final String INDENT = "    ";

    private StarterConfigurationGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: StarterConfigurationGenerator <catalog resource> <output dir> <package> <class name>");
        }
        String catalogResource = args[0];
        Path outputDir = Path.of(args[1]);
        String packageName = args[2];
        String className = args[3];

        JsonNode catalog;
        try (InputStream in = StarterConfigurationGenerator.class.getClassLoader().getResourceAsStream(catalogResource)) {
            if (in == null) {
                throw new IllegalStateException("Catalog " + catalogResource + " is not on the class path: is the component a"
                                                + " dependency of the starter, and was it built (mvn -am)?");
            }
            catalog = new ObjectMapper().readTree(in);
        }
        List<Option> options = readOptions(catalog);
        String source = render(catalog.get("component"), options, packageName, className);

        Path file = outputDir.resolve(packageName.replace('.', '/')).resolve(className + ".java");
        Files.createDirectories(file.getParent());
        // rewrite only on change, so that an unchanged catalog does not trigger a recompilation
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(source)) {
            Files.writeString(file, source, StandardCharsets.UTF_8);
            System.out.println("[starter] generated " + file + " (" + options.size() + " component options)");
        } else {
            System.out.println("[starter] " + file + " is up to date (" + options.size() + " component options)");
        }
    }

    /** One componentProperties entry of the catalog, with its Spring Boot field. */
    record Option(String name, String catalogType, String javaType, String description, JsonNode defaultValue,
            boolean secret, boolean deprecated, boolean beanReference, String fieldType, String initializer,
            boolean holdsOtherOptions) {
    }

    static List<Option> readOptions(JsonNode catalog) throws ClassNotFoundException {
        JsonNode properties = catalog.get("componentProperties");
        // options such as 'configuration' hold the other options (configurationField): they are applied first, so that
        // the options set alongside them land on the bean they name instead of being replaced by it
        java.util.Set<String> holders = new java.util.HashSet<>();
        for (JsonNode option : properties) {
            if (option.hasNonNull("configurationField")) {
                holders.add(option.get("configurationField").asText());
            }
        }
        List<Option> options = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : properties.properties()) {
            String name = entry.getKey();
            JsonNode option = entry.getValue();
            String catalogType = option.path("type").asText();
            String javaType = option.path("javaType").asText();
            String description = option.path("description").asText("").trim();
            if (description.isEmpty()) {
                throw new IllegalStateException("Option " + name + " has no description in the catalog");
            }
            JsonNode defaultValue = option.get("defaultValue");
            boolean beanReference = isBeanReference(catalogType, javaType);
            String fieldType = fieldType(name, catalogType, javaType, beanReference);
            if (beanReference) {
                description = withPeriod(description) + " The value is a reference to a bean of type " + rawType(javaType)
                              + " in the registry, for example #bean:myBean.";
            }
            String initializer = defaultValue == null || defaultValue.isNull() || beanReference
                    ? null : initializer(name, fieldType, defaultValue);
            options.add(new Option(name, catalogType, javaType, description, defaultValue,
                    option.path("secret").asBoolean(false), option.path("deprecated").asBoolean(false), beanReference,
                    fieldType, initializer, holders.contains(name)));
        }
        return options;
    }

    static boolean isBeanReference(String catalogType, String javaType) {
        return "object".equals(catalogType) && !javaType.startsWith("java.");
    }

    static String fieldType(String name, String catalogType, String javaType, boolean beanReference) {
        if (beanReference || "duration".equals(catalogType)) {
            return "java.lang.String";
        }
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            case "float" -> "java.lang.Float";
            case "short" -> "java.lang.Short";
            case "byte" -> "java.lang.Byte";
            case "char" -> "java.lang.Character";
            case "" -> throw new IllegalStateException("Option " + name + " has no javaType in the catalog");
            default -> javaType;
        };
    }

    static String initializer(String name, String fieldType, JsonNode value) throws ClassNotFoundException {
        String text = value.asText();
        switch (fieldType) {
            case "java.lang.String":
                return quote(text);
            case "java.lang.Boolean":
                return Boolean.toString(Boolean.parseBoolean(text));
            case "java.lang.Integer":
                return Integer.toString(Integer.parseInt(text));
            case "java.lang.Long":
                return Long.parseLong(text) + "L";
            case "java.lang.Double":
                return Double.parseDouble(text) + "d";
            case "java.lang.Float":
                return Float.parseFloat(text) + "f";
            default:
                break;
        }
        Class<?> type = Class.forName(rawType(fieldType), false, StarterConfigurationGenerator.class.getClassLoader());
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                if (canonical(e.name()).equals(canonical(text)) || e.toString().equals(text)) {
                    return fieldType + "." + e.name();
                }
            }
            throw new IllegalStateException("Option " + name + ": default '" + text + "' is no constant of " + fieldType);
        }
        throw new IllegalStateException("Option " + name + ": cannot write the default '" + text + "' of type " + fieldType
                                        + " as a Java literal; teach StarterConfigurationGenerator this type");
    }

    static String render(JsonNode component, List<Option> options, String packageName, String className) {
        String scheme = component.get("scheme").asText();
        String componentClass = component.get("javaType").asText();
        StringBuilder out = new StringBuilder();
        out.append("/* Generated from the component's Camel catalog by starter/src/build/java/StarterConfigurationGenerator.java"
                   + " - do NOT edit this file! */\n");
        out.append("package ").append(packageName).append(";\n\n");
        out.append("import java.util.Collections;\n");
        out.append("import java.util.LinkedHashMap;\n");
        out.append("import java.util.List;\n");
        out.append("import java.util.Map;\n");
        out.append("import java.util.Set;\n\n");
        out.append("import javax.annotation.processing.Generated;\n\n");
        out.append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n");
        out.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n");
        out.append("import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;\n\n");
        out.append("/**\n");
        out.append(" * Spring Boot properties of the ").append(scheme).append(" component: {@code camel.component.")
                .append(scheme).append(".*}, one per option of\n");
        out.append(" * {@link ").append(componentClass).append("}, generated from its Camel catalog.\n");
        out.append(" * Only the options that are set are applied to the component; the others keep the component's defaults.\n");
        out.append(" */\n");
        out.append("@Generated(\"StarterConfigurationGenerator\")\n");
        out.append("@ConfigurationProperties(prefix = \"camel.component.").append(scheme).append("\")\n");
        out.append("public class ").append(className).append(" extends ComponentConfigurationPropertiesCommon {\n\n");

        out.append(INDENT).append("/** The component's options in catalog order, those that hold other options first. */\n");
        out.append(INDENT).append("public static final List<String> OPTION_NAMES = List.of(");
        appendNames(out, options.stream().sorted((a, b) -> Boolean.compare(b.holdsOtherOptions(), a.holdsOtherOptions()))
                .map(Option::name).toList());
        out.append(");\n\n");
        out.append(INDENT).append("/** The options marked secret: their values are never written to logs or messages. */\n");
        out.append(INDENT).append("public static final Set<String> SECRET_OPTION_NAMES = Set.of(");
        appendNames(out, options.stream().filter(Option::secret).map(Option::name).toList());
        out.append(");\n\n");
        out.append(INDENT).append("/** Options bound from the environment, by option name; secrets included, so never printed. */\n");
        out.append(INDENT).append("private final Map<String, Object> setOptions = new LinkedHashMap<>();\n\n");

        out.append(INDENT).append("/**\n");
        out.append(INDENT).append(" * Whether to enable auto configuration of the ").append(scheme)
                .append(" component. This is enabled by default.\n");
        out.append(INDENT).append(" */\n");
        out.append(INDENT).append("private Boolean enabled;\n\n");

        for (Option option : options) {
            out.append(INDENT).append("/**\n");
            for (String line : wrap(javadocText(option.description()), 110)) {
                // a line starting with @ would be read as a block tag and cut from the description
                out.append(INDENT).append(" * ").append(line.startsWith("@") ? "&#64;" + line.substring(1) : line)
                        .append('\n');
            }
            out.append(INDENT).append(" */\n");
            if (option.deprecated()) {
                out.append(INDENT).append("@Deprecated\n");
            }
            out.append(INDENT).append("private ").append(sourceType(option.fieldType())).append(' ').append(option.name());
            if (option.initializer() != null) {
                out.append(" = ").append(option.initializer());
            }
            out.append(";\n\n");
        }

        out.append(INDENT).append("public Boolean getEnabled() {\n");
        out.append(INDENT).append(INDENT).append("return enabled;\n");
        out.append(INDENT).append("}\n\n");
        out.append(INDENT).append("public void setEnabled(Boolean enabled) {\n");
        out.append(INDENT).append(INDENT).append("this.enabled = enabled;\n");
        out.append(INDENT).append("}\n\n");

        for (Option option : options) {
            String name = option.name();
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (option.deprecated()) {
                out.append(INDENT).append("@Deprecated\n");
                out.append(INDENT).append("@DeprecatedConfigurationProperty\n");
            }
            out.append(INDENT).append("public ").append(sourceType(option.fieldType())).append(" get").append(capitalized).append("() {\n");
            out.append(INDENT).append(INDENT).append("return ").append(name).append(";\n");
            out.append(INDENT).append("}\n\n");
            if (option.deprecated()) {
                out.append(INDENT).append("@Deprecated\n");
            }
            out.append(INDENT).append("public void set").append(capitalized).append('(').append(sourceType(option.fieldType()))
                    .append(' ').append(name).append(") {\n");
            out.append(INDENT).append(INDENT).append("this.").append(name).append(" = ").append(name).append(";\n");
            out.append(INDENT).append(INDENT).append("setOptions.put(\"").append(name).append("\", ").append(name)
                    .append(");\n");
            out.append(INDENT).append("}\n\n");
        }

        out.append(INDENT).append("/**\n");
        out.append(INDENT).append(" * The options that were set (bound from the environment or set by code), in the order of\n");
        out.append(INDENT).append(" * {@link #OPTION_NAMES}, keyed by the component option name. Values of\n");
        out.append(INDENT).append(" * {@link #SECRET_OPTION_NAMES} are credentials: never log them.\n");
        out.append(INDENT).append(" *\n");
        out.append(INDENT).append(" * @return option name to value, unmodifiable\n");
        out.append(INDENT).append(" */\n");
        out.append(INDENT).append("public Map<String, Object> optionsToApply() {\n");
        out.append(INDENT).append(INDENT).append("Map<String, Object> ordered = new LinkedHashMap<>();\n");
        out.append(INDENT).append(INDENT).append("for (String name : OPTION_NAMES) {\n");
        out.append(INDENT).append(INDENT).append(INDENT).append("if (setOptions.containsKey(name)) {\n");
        out.append(INDENT).append(INDENT).append(INDENT).append(INDENT).append("ordered.put(name, setOptions.get(name));\n");
        out.append(INDENT).append(INDENT).append(INDENT).append("}\n");
        out.append(INDENT).append(INDENT).append("}\n");
        out.append(INDENT).append(INDENT).append("return Collections.unmodifiableMap(ordered);\n");
        out.append(INDENT).append("}\n");
        out.append("}\n");
        return out.toString();
    }

    private static void appendNames(StringBuilder out, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            out.append(i % 4 == 0 ? "\n" + INDENT + INDENT + INDENT : " ").append(quote(names.get(i)));
            if (i < names.size() - 1) {
                out.append(',');
            }
        }
    }

    /** Text safe inside a Javadoc comment: no comment terminator, no unicode escape that javac would decode. */
    static String javadocText(String description) {
        return description.replace("*/", "*&#47;").replace("\\u", "\\u005cu").replace("\r", "").replace('\n', ' ');
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The type as written in the source: java.lang types by simple name. Besides reading better, this keeps
     * spring-boot-configuration-processor from reporting a default of 0 or false for boxed fields without initialiser
     * (it does so for the fully qualified java.lang names only), which would contradict the catalog.
     */
    static String sourceType(String type) {
        return type.replaceAll("java\\.lang\\.(?=[A-Z])", "");
    }

    static String withPeriod(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    static String rawType(String javaType) {
        int generic = javaType.indexOf('<');
        return generic < 0 ? javaType : javaType.substring(0, generic);
    }

    static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
