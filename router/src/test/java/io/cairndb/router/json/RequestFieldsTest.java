package io.cairndb.router.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairndb.engine.error.SerializationException;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void readsTypedMembersAndTreatsNullAsAbsent() throws Exception {
        JsonNode request = json("{'T':'x','B':true,'I':5,'N':null,'L':['a'],'M':{'#a':'b'}}");
        assertThat(RequestFields.string(request, "T")).isEqualTo("x");
        assertThat(RequestFields.bool(request, "B")).isTrue();
        assertThat(RequestFields.integer(request, "I")).isEqualTo(5);
        assertThat(RequestFields.string(request, "N")).isNull();
        assertThat(RequestFields.string(request, "missing")).isNull();
        assertThat(RequestFields.stringList(request, "L")).containsExactly("a");
        assertThat(RequestFields.stringMap(request, "M")).containsEntry("#a", "b");
    }

    @Test
    void wrongTypesAreSerializationErrors() throws Exception {
        JsonNode request = json("{'T':1,'B':'x','I':'5','L':{},'M':[]}");
        assertThatThrownBy(() -> RequestFields.string(request, "T")).isInstanceOf(SerializationException.class)
                .hasMessage("class java.lang.Short can not be converted to an String");
        assertThatThrownBy(() -> RequestFields.bool(request, "B")).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> RequestFields.integer(request, "I")).isInstanceOf(SerializationException.class)
                .hasMessage("class java.lang.String can not be converted to an Integer");
        assertThatThrownBy(() -> RequestFields.list(request, "L")).isInstanceOf(SerializationException.class)
                .hasMessage("Start of structure or map found where not expected.");
        assertThatThrownBy(() -> RequestFields.map(request, "M")).isInstanceOf(SerializationException.class)
                .hasMessage("Start of list found where not expected");
    }
}
