package io.github.dynamoconnection.embedded.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.dynamoconnection.embedded.json.DynamoJsonMappers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link QuickCheck} must pass exactly the requests both layers pass without changing them: every
 * request here is run through the quick walk and through the layers, and the answers compared.
 */
class QuickCheckTests {

	private static final RequestShapes SHAPES = RequestShapes.get();

	private static final JsonMapper JSON = DynamoJsonMappers.builder().build();

	static List<Object[]> requests() {
		String key255 = "k".repeat(255);
		return List.of(
				// well-formed hot operations: the quick walk passes them
				passing("GetItem", "{'TableName':'Thread','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},'ConsistentRead':true}"),
				passing("GetItem", "{'TableName':'arn:aws:dynamodb:us-east-1:1:table/T','Key':{'pk':{'S':'a'}}}"),
				passing("GetItem", "{'TableName':'Thread','Key':{'pk':{'S':'a'}},'ProjectionExpression':'#a',"
						+ "'ExpressionAttributeNames':{'#a':'x'},'Unknown':[1,2]}"),
				passing("PutItem", "{'TableName':'Thread','Item':{'pk':{'S':'a'},'m':{'M':{'x':{'L':[{'BOOL':true},"
						+ "{'NULL':true},{'SS':['a','b']},{'NS':['1']},{'B':'AAE='},{'BS':['AA==']}]}}}},"
						+ "'ReturnValues':'ALL_OLD','ReturnConsumedCapacity':'TOTAL','ConditionExpression':null}"),
				passing("Query", "{'TableName':'Thread','KeyConditionExpression':'pk = :p','Limit':10,"
						+ "'ExpressionAttributeValues':{':p':{'S':'a'}},'ScanIndexForward':false,'Select':'ALL_ATTRIBUTES'}"),
				passing("BatchWriteItem", "{'RequestItems':{'Thread':[{'PutRequest':{'Item':{'pk':{'S':'a'}}}},"
						+ "{'DeleteRequest':{'Key':{'pk':{'S':'b'}}}}]},'ReturnItemCollectionMetrics':'SIZE'}"),
				passing("UpdateItem", "{'TableName':'Thread','Key':{'pk':{'S':'a'}},'UpdateExpression':'SET a = :v',"
						+ "'ExpressionAttributeValues':{':v':{'N':'1'}},'ReturnValues':'UPDATED_NEW'}"),
				passing("DeleteItem", "{'TableName':'Thread','Key':{'pk':{'S':'a'}},'Expected':{'a':{'Exists':false}}}"),
				passing("Scan", "{'TableName':'Thread','Limit':1,'Segment':0,'TotalSegments':1}"),
				passing("GetItem", "{'TableName':'" + key255 + "','Key':{}}"),
				// each a problem or a coercion: the layers must run
				refused("GetItem", "{'TableName':'Thread'}"),
				refused("GetItem", "{'TableName':null,'Key':{}}"),
				refused("GetItem", "{'TableName':'ab','Key':{}}"),
				refused("GetItem", "{'TableName':'" + key255 + "k','Key':{}}"),
				refused("GetItem", "{'TableName':'Thr ead','Key':{}}"),
				refused("GetItem", "{'TableName':'Thread','Key':{'pk':{'S':1}}}"),
				refused("GetItem", "{'TableName':'Thread','Key':{'pk':'a'}}"),
				refused("GetItem", "{'TableName':'Thread','Key':[]}"),
				refused("GetItem", "{'TableName':'Thread','Key':{},'ReturnConsumedCapacity':'ALL'}"),
				refused("GetItem", "{'TableName':'Thread','Key':{},'ConsistentRead':'yes'}"),
				refused("GetItem", "{'TableName':'Thread','Key':{},'AttributesToGet':[]}"),
				refused("GetItem", "{'TableName':'Thread','Key':{'" + "n".repeat(65536) + "':{'S':'a'}}}"),
				refused("Query", "{'TableName':'Thread','Limit':0}"),
				refused("Query", "{'TableName':'Thread','Limit':2.5}"),
				refused("Query", "{'TableName':'Thread','IndexName':'ix'}"),
				refused("Scan", "{'TableName':'Thread','TotalSegments':1000001}"),
				refused("PutItem", "{'TableName':'Thread','Item':{'b':{'B':7}}}"),
				refused("PutItem", "{'TableName':'Thread','Item':{'l':{'L':{'a':1}}}}"),
				refused("BatchWriteItem", "{'RequestItems':{}}"),
				refused("BatchWriteItem", "{'RequestItems':{'ab':[{'PutRequest':{'Item':{}}}]}}"),
				refused("BatchWriteItem", "{'RequestItems':{'Thread':[]}}"),
				refused("BatchWriteItem", "{'RequestItems':{'Thread':[{'PutRequest':{}}]}}"),
				refused("UpdateItem", "{'TableName':'Thread','Key':{},'ReturnValues':'SOME'}"),
				refused("DeleteItem", "{'TableName':'Thread','Key':{},'ExpressionAttributeValues':{':v':{'N':1}}}"));
	}

	@ParameterizedTest
	@MethodSource("requests")
	void passesExactlyWhatBothLayersPassUnchanged(String operation, String body, boolean passes) {
		RequestShapes.OperationInput input = SHAPES.input(operation);
		ObjectNode request = json(body);
		ObjectNode checked = request.deepCopy();
		RequestProblem problem = new SerializationLayer(SHAPES).check(checked, input.shape());
		if (problem == null) {
			problem = new ConstraintLayer(SHAPES).check(checked, input.shape(), input.order());
		}
		boolean layersPassUnchanged = problem == null && checked.equals(request);
		assertThat(layersPassUnchanged).as(body).isEqualTo(passes);
		assertThat(QuickCheck.passes(request, input.quick())).as(body).isEqualTo(passes);
		assertThat(request).isEqualTo(json(body));
	}

	private static Object[] passing(String operation, String body) {
		return new Object[] { operation, body, true };
	}

	private static Object[] refused(String operation, String body) {
		return new Object[] { operation, body, false };
	}

	private static ObjectNode json(String singleQuoted) {
		return (ObjectNode) JSON.readTree(singleQuoted.replace('\'', '"'));
	}

}
