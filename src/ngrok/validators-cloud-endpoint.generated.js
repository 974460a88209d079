// GENERATED FILE - DO NOT EDIT. Regenerate with `node scripts/build-validators.mjs`
// from schemas/*.schema.json (ajv standalone, draft 2020-12). test/schema checks it is current.
/* eslint-disable */
import { func1, pattern11, validate52 } from './validators.generated.js';

export const validateCloudEndpoint = validate189;
const schema70 = JSON.parse("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://traffic-policy-compiler.dev/schemas/cloud-endpoint.schema.json\",\"title\":\"ngrok cloud endpoint (create request body)\",\"description\":\"Body of the ngrok API call that creates a cloud endpoint (POST /endpoints). Written by tpc (traffic-policy-compiler) from ngrok's public API reference. The API takes `traffic_policy` as a string of YAML or JSON; an inline Traffic Policy object is accepted here too and validated with the Traffic Policy schema (tpc serialises it when it calls the API).\",\"type\":\"object\",\"properties\":{\"type\":{\"const\":\"cloud\",\"description\":\"Endpoint type; the API creates only cloud endpoints.\"},\"url\":{\"type\":\"string\",\"description\":\"Fully qualified endpoint URL (scheme and host), e.g. https://api.example.com, tcp://1.tcp.ngrok.io:12345 or https://api.internal. Cloud endpoints have no random URLs.\",\"minLength\":1,\"pattern\":\"^[^\\\\s\\\"'`]*$\"},\"traffic_policy\":{\"type\":[\"string\",\"object\"],\"description\":\"The endpoint's Traffic Policy (required, non-empty, and it must always end traffic in a terminating action): YAML or JSON text, or an inline Traffic Policy object.\",\"minLength\":1,\"minProperties\":1,\"if\":{\"type\":\"object\"},\"then\":{\"$ref\":\"traffic-policy.schema.json\"}},\"description\":{\"type\":\"string\",\"description\":\"Human-readable description (at most 255 characters).\",\"maxLength\":255},\"metadata\":{\"type\":\"string\",\"description\":\"Opaque user data (at most 4096 characters).\",\"maxLength\":4096},\"bindings\":{\"type\":\"array\",\"description\":\"Who can reach the endpoint (one binding): public (default), internal (for *.internal URLs) or kubernetes.\",\"maxItems\":1,\"items\":{\"type\":\"string\",\"enum\":[\"public\",\"internal\",\"kubernetes\"]}},\"pooling_enabled\":{\"type\":\"boolean\",\"description\":\"Let several endpoints with the same URL and binding share traffic as a pool. Cannot be changed after creation.\",\"default\":false}},\"required\":[\"type\",\"url\",\"traffic_policy\"],\"additionalProperties\":false}");

function validate189(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://traffic-policy-compiler.dev/schemas/cloud-endpoint.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate189.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.traffic_policy === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "traffic_policy"},message:"must have required property '"+"traffic_policy"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "url")) || (key0 === "traffic_policy")) || (key0 === "description")) || (key0 === "metadata")) || (key0 === "bindings")) || (key0 === "pooling_enabled"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("cloud" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "cloud"},message:"must be equal to constant",schema:"cloud",parentSchema:schema70.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70.properties.url,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern11.test(data1)){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^[^\\s\"'`]*$"},message:"must match pattern \""+"^[^\\s\"'`]*$"+"\"",schema:"^[^\\s\"'`]*$",parentSchema:schema70.properties.url,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.url.type,parentSchema:schema70.properties.url,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.traffic_policy !== undefined){
let data2 = data.traffic_policy;
if((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))){
const err8 = {instancePath:instancePath+"/traffic_policy",schemaPath:"#/properties/traffic_policy/type",keyword:"type",params:{type: schema70.properties.traffic_policy.type},message:"must be string,object",schema:schema70.properties.traffic_policy.type,parentSchema:schema70.properties.traffic_policy,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs7 = errors;
let valid1 = true;
const _errs8 = errors;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
errors++;
}
var _valid0 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs10 = errors;
if(!(validate52(data2, {instancePath:instancePath+"/traffic_policy",parentData:data,parentDataProperty:"traffic_policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
valid1 = _valid0;
}
if(!valid1){
const err10 = {instancePath:instancePath+"/traffic_policy",schemaPath:"#/properties/traffic_policy/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema70.properties.traffic_policy.if,parentSchema:schema70.properties.traffic_policy,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data2 === "string"){
if(data2.length < 1){
const err11 = {instancePath:instancePath+"/traffic_policy",schemaPath:"#/properties/traffic_policy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70.properties.traffic_policy,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err12 = {instancePath:instancePath+"/traffic_policy",schemaPath:"#/properties/traffic_policy/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema70.properties.traffic_policy,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if((data3.length > 255 && func1(data3) > 255)){
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema70.properties.description,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.description.type,parentSchema:schema70.properties.description,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.metadata !== undefined){
let data4 = data.metadata;
if(typeof data4 === "string"){
if((data4.length > 4096 && func1(data4) > 4096)){
const err15 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema70.properties.metadata,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.metadata.type,parentSchema:schema70.properties.metadata,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.bindings !== undefined){
let data5 = data.bindings;
if(Array.isArray(data5)){
if(data5.length > 1){
const err17 = {instancePath:instancePath+"/bindings",schemaPath:"#/properties/bindings/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema70.properties.bindings,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/bindings/" + i0,schemaPath:"#/properties/bindings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.bindings.items.type,parentSchema:schema70.properties.bindings.items,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data6 === "public") || (data6 === "internal")) || (data6 === "kubernetes"))){
const err19 = {instancePath:instancePath+"/bindings/" + i0,schemaPath:"#/properties/bindings/items/enum",keyword:"enum",params:{allowedValues: schema70.properties.bindings.items.enum},message:"must be equal to one of the allowed values",schema:schema70.properties.bindings.items.enum,parentSchema:schema70.properties.bindings.items,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/bindings",schemaPath:"#/properties/bindings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.bindings.type,parentSchema:schema70.properties.bindings,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.pooling_enabled !== undefined){
let data7 = data.pooling_enabled;
if(typeof data7 !== "boolean"){
const err21 = {instancePath:instancePath+"/pooling_enabled",schemaPath:"#/properties/pooling_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema70.properties.pooling_enabled.type,parentSchema:schema70.properties.pooling_enabled,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate189.errors = vErrors;
return errors === 0;
}
validate189.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
