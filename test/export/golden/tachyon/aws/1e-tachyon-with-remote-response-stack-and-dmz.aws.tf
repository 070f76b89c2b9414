# Portolan AWS security group rule set: 1E Tachyon with remote response stack and DMZ
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Endpoint management
# Change ticket: CHG-3310
# Scope: every flow, firewall-relevant only. This file: all zones, 16 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# WITHIN GROUP rules run between the members of one group of machines (its CIDR): install them on each member.
# Warnings:
# - Rows left out because these endpoints are known only by name and a rule needs addresses: 1E Cloud Services (R012). Give the provider's published address
#   ranges as the component's IP or CIDR.
# One security group per destination host: attach it to that host's network interface.
# Each file is a self-contained Terraform configuration; keep each in its own folder.

variable "vpc_id" {
  description = "The VPC the security groups belong to"
  type        = string
}

# Inbound to Master stack (tachyon-m1) in Servers: 10.80.0.10
resource "aws_security_group" "servers-master-stack-tachyon-m1" {
  name        = "portolan-servers-master-stack-tachyon-m1"
  description = "Portolan: inbound flows to Master stack (tachyon-m1) in Servers: 10.80.0.10"
  vpc_id      = var.vpc_id

  ingress {
    description = "R001: Browsers connect to the 1E Catalog UI; anything other than port 80 requires the port number in the browser URL. (1E, Communication Ports , sec. Tachyon clients)"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["10.71.0.0/24"]
  }

  ingress {
    description = "R002: Browsers connect to the Tachyon portal, API or SLA Platform UI; anything other than port 443 requires the port number in the browser URL. (1E, Communication Ports , sec. Tachyon clients)"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.71.0.0/24"]
  }

  ingress {
    description = "R006: WebSocket connection from the DMZ Server to the Tachyon Server (Master Stack); configurable, but contact 1E for advice. (1E, Communication Ports , sec. Firewall requirements for a Tachyon DMZ Server)"
    from_port   = 3901
    to_port     = 3901
    protocol    = "tcp"
    cidr_blocks = ["192.168.100.10/32"]
  }

  ingress {
    description = "R016: WebSocket connection from the Tachyon Server (Response Stack) to the Tachyon Server (Master Stack); configurable, but contact 1E for advice. (1E, Communication Ports , sec. Firewall requirements for a remote Tachyon Response Stack)"
    from_port   = 3901
    to_port     = 3901
    protocol    = "tcp"
    cidr_blocks = ["10.80.0.11/32"]
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
    Name = "portolan-servers-master-stack-tachyon-m1"
  }
}

# Inbound to 1E Clients in Clients: 10.70.0.0/16
resource "aws_security_group" "clients-1e-clients" {
  name        = "portolan-clients-1e-clients"
  description = "Portolan: inbound flows to 1E Clients in Clients: 10.70.0.0/16"
  vpc_id      = var.vpc_id

  ingress {
    description = "WITHIN GROUP 10.70.0.0/16 - R003: Client port set by MODELE.INTERACTION.PORT= port (configurable during installation, see Tachyon client settings); Direction: Outgoing and Incoming. (1E, Communication Ports , sec. Tachyon clients)"
    from_port   = 7766
    to_port     = 7766
    protocol    = "tcp"
    cidr_blocks = ["10.70.0.0/16"]
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
    Name = "portolan-clients-1e-clients"
  }
}

# Inbound to Response stack (tachyon-r1) in Servers: 10.80.0.11
resource "aws_security_group" "servers-response-stack-tachyon-r1" {
  name        = "portolan-servers-response-stack-tachyon-r1"
  description = "Portolan: inbound flows to Response stack (tachyon-r1) in Servers: 10.80.0.11"
  vpc_id      = var.vpc_id

  ingress {
    description = "R004: Clients connect to the Background Channel (BackgroundChannelUrl=https:/ 1EplatformFQDN : port /Background). (1E, Communication Ports , sec. Tachyon clients)"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.70.0.0/16"]
  }

  ingress {
    description = "R005: Clients initiate and maintain a WebSocket Secure connection to a Switch, which the Switch uses to communicate back to the clients. (1E, Communication Ports , sec. Tachyon clients)"
    from_port   = 4000
    to_port     = 4000
    protocol    = "tcp"
    cidr_blocks = ["10.70.0.0/16"]
  }

  ingress {
    description = "R007: The DMZ Server connects over HTTPS to the Tachyon Server (Response Stack). (1E, Communication Ports , sec. Firewall requirements for a Tachyon DMZ Server)"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["192.168.100.10/32"]
  }

  ingress {
    description = "R013: The Consumer API connection to the Core, only used for remote Response Stacks. (1E, Communication Ports , sec. Firewall requirements for a remote Tachyon Response Stack)"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.80.0.10/32"]
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
    Name = "portolan-servers-response-stack-tachyon-r1"
  }
}

# Inbound to DMZ Switch (tachyon-dmz1) in DMZ: 192.168.100.10
resource "aws_security_group" "dmz-dmz-switch-tachyon-dmz1" {
  name        = "portolan-dmz-dmz-switch-tachyon-dmz1"
  description = "Portolan: inbound flows to DMZ Switch (tachyon-dmz1) in DMZ: 192.168.100.10"
  vpc_id      = var.vpc_id

  ingress {
    description = "R008: Internet-facing clients connect over HTTPS to the DMZ Server, which hosts the Background Channel; configurable during installation (see Tachyon client settings). (1E, Communication Ports , sec. Firewall requirements for a Tachyon DMZ Server)"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "R009: Internet-facing clients initiate and maintain a WebSocket Secure connection to a Switch, which the Switch uses to communicate back to the client; there must be a... (1E, Communication Ports , sec. Firewall requirements for a Tachyon DMZ Server)"
    from_port   = 4500
    to_port     = 4500
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "R010: The Tachyon Server (Master Stack) connects over HTTPS to the DMZ Server. (1E, Communication Ports , sec. Firewall requirements for a Tachyon DMZ Server)"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.80.0.10/32"]
  }

  ingress {
    description = "R011: Switch poke port: the Switch client port + 1 (if a Switch client port is 4000 then Switch poke port is 4001). (1E, Communication Ports , sec. Firewall requirements for a Tachyon DMZ Server)"
    from_port   = 4501
    to_port     = 4501
    protocol    = "tcp"
    cidr_blocks = ["10.80.0.11/32"]
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
    Name = "portolan-dmz-dmz-switch-tachyon-dmz1"
  }
}

# Inbound to SQL Server (sql1) in Servers: 10.80.0.20
resource "aws_security_group" "servers-sql-server-sql1" {
  name        = "portolan-servers-sql-server-sql1"
  description = "Portolan: inbound flows to SQL Server (sql1) in Servers: 10.80.0.20"
  vpc_id      = var.vpc_id

  ingress {
    description = "R014: Connects to the TachyonMaster database (SQLSERVER_MASTER); not configurable from Setup. (1E, Communication Ports , sec. Tachyon Servers)"
    from_port   = 1433
    to_port     = 1433
    protocol    = "tcp"
    cidr_blocks = ["10.80.0.10/32"]
  }

  ingress {
    description = "R015: If the TachyonMaster database is on a Named Instance, the SQL Browser service needs to be enabled to let the Tachyon Server determine the port in use; open UDP port 1434 used by the SQL Browser. (1E, Communication Ports , sec. Tachyon Servers)"
    from_port   = 1434
    to_port     = 1434
    protocol    = "udp"
    cidr_blocks = ["10.80.0.10/32"]
  }

  ingress {
    description = "R017: Connects to the TachyonResponses database (SQLSERVER_RESPONSES) and, for a remote Response Stack, to the TachyonMaster database (SQLSERVER_MASTER); not configurable from Setup. (1E, Communication Ports , sec. Tachyon Servers)"
    from_port   = 1433
    to_port     = 1433
    protocol    = "tcp"
    cidr_blocks = ["10.80.0.11/32"]
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
    Name = "portolan-servers-sql-server-sql1"
  }
}
