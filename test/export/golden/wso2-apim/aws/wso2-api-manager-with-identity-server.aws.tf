# Portolan AWS security group rule set: WSO2 API Manager with Identity Server
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Integration platform
# Change ticket: CHG-2077
# Scope: every flow, firewall-relevant only. This file: all zones, 8 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# Warnings:
# - Rows left out because the document gives no port number: R003 (A random TCP port opens at server startup because of the -Dcom.sun.management.jmxremote
#   property set in the server startup script, used for the JMX monitoring facility in JVM.: random TCP port opened at server startup; changes every start).
# - Rows left out because source and destination share no address family (IPv4/IPv6): R008 (IPv4 to IPv6); R009 (IPv4 to IPv6).
# One security group per destination host: attach it to that host's network interface.
# Each file is a self-contained Terraform configuration; keep each in its own folder.

variable "vpc_id" {
  description = "The VPC the security groups belong to"
  type        = string
}

# Inbound to APIM Analytics (anl1) in Analytics: 2001:db8:20::7
resource "aws_security_group" "analytics-apim-analytics-anl1" {
  name        = "portolan-analytics-apim-analytics-anl1"
  description = "Portolan: inbound flows to APIM Analytics (anl1) in Analytics: 2001:db8:20::7"
  vpc_id      = var.vpc_id

  ingress {
    description      = "R001: Publish Analytics to the API Manager Analytics server. (WSO2, WSO2 Administration Guide 4.4.x: Default Ports of WSO2 Products , sec. API Manager)"
    from_port        = 7612
    to_port          = 7612
    protocol         = "tcp"
    ipv6_cidr_blocks = ["2001:db8:10::5/128"]
  }

  ingress {
    description      = "R002: Thrift SSL port for secure transport when publishing analytics to the API Manager Analytics server (7711 + Port offset of the APIM Analytics Server). (WSO2, WSO2 Administration Guide 4.4.x: Default Ports of WSO2 Products , sec. API Manager)"
    from_port        = 7711
    to_port          = 7711
    protocol         = "tcp"
    ipv6_cidr_blocks = ["2001:db8:10::5/128"]
  }

  ingress {
    description      = "R006: RMIServer port, used along with the RMIRegistry port when Carbon is monitored from a JMX client that is behind a firewall. (WSO2, WSO2 Administration Guide 4.4.x: Default Ports of WSO2 Products , sec. JMX monitoring ports)"
    from_port        = 9999
    to_port          = 9999
    protocol         = "tcp"
    ipv6_cidr_blocks = ["2001:db8:99::/64"]
  }

  ingress {
    description      = "R007: RMIRegistry port, used to monitor Carbon remotely from a JMX client such as JConsole. (WSO2, WSO2 Administration Guide 4.4.x: Default Ports of WSO2 Products , sec. JMX monitoring ports)"
    from_port        = 11111
    to_port          = 11111
    protocol         = "tcp"
    ipv6_cidr_blocks = ["2001:db8:99::/64"]
  }

  # AWS's default: Terraform would otherwise remove it from a group it creates.
  egress {
    description      = "Allow all outbound (AWS default)"
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = {
    Name = "portolan-analytics-apim-analytics-anl1"
  }
}

# Inbound to API Manager (apim1) in API DMZ: 2001:db8:10::5
resource "aws_security_group" "api-dmz-api-manager-apim1" {
  name        = "portolan-api-dmz-api-manager-apim1"
  description = "Portolan: inbound flows to API Manager (apim1) in API DMZ: 2001:db8:10::5"
  vpc_id      = var.vpc_id

  ingress {
    description      = "R004: RMIServer port, used along with the RMIRegistry port when Carbon is monitored from a JMX client that is behind a firewall. (WSO2, WSO2 Administration Guide 4.4.x: Default Ports of WSO2 Products , sec. JMX monitoring ports)"
    from_port        = 10000
    to_port          = 10000
    protocol         = "tcp"
    ipv6_cidr_blocks = ["2001:db8:99::/64"]
  }

  ingress {
    description      = "R005: RMIRegistry port, used to monitor Carbon remotely from a JMX client such as JConsole. (WSO2, WSO2 Administration Guide 4.4.x: Default Ports of WSO2 Products , sec. JMX monitoring ports)"
    from_port        = 11112
    to_port          = 11112
    protocol         = "tcp"
    ipv6_cidr_blocks = ["2001:db8:99::/64"]
  }

  # AWS's default: Terraform would otherwise remove it from a group it creates.
  egress {
    description      = "Allow all outbound (AWS default)"
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = {
    Name = "portolan-api-dmz-api-manager-apim1"
  }
}

# Inbound to Identity Server (is1) in Identity: 10.40.0.10
resource "aws_security_group" "identity-identity-server-is1" {
  name        = "portolan-identity-identity-server-is1"
  description = "Portolan: inbound flows to Identity Server (is1) in Identity: 10.40.0.10"
  vpc_id      = var.vpc_id

  ingress {
    description = "R010: Used in WSO2 products that provide an embedded LDAP server. (WSO2, WSO2 Administration Guide 4.4.x: Default Ports of WSO2 Products , sec. LDAP server ports)"
    from_port   = 10389
    to_port     = 10389
    protocol    = "tcp"
    cidr_blocks = ["172.16.0.0/12"]
  }

  ingress {
    description = "R011: ThriftEntitlementReceivePort. (WSO2, WSO2 Administration Guide 4.4.x: Default Ports of WSO2 Products , sec. Identity Server)"
    from_port   = 10500
    to_port     = 10500
    protocol    = "tcp"
    cidr_blocks = ["172.16.0.0/12"]
  }

  # AWS's default: Terraform would otherwise remove it from a group it creates.
  egress {
    description      = "Allow all outbound (AWS default)"
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = {
    Name = "portolan-identity-identity-server-is1"
  }
}
