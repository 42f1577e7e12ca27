/** JSON (Moshi) setup shared by the client. Not API. */
package dev.billkit.internal.json;
